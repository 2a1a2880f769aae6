using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>
/// Verifies signatures of OCSP responses, CRLs and responder certificates with .NET crypto, keeping the imported public
/// keys: on Linux importing an RSA key into OpenSSL costs about six times the verification itself, and revocation data
/// is signed by a handful of keys (CAs and their responders). Signature values are verified with the kept keys too
/// (<see cref="RsaKeyOf"/>, <see cref="ECDsaKeyOf"/>): an agency's documents are signed by a handful of people. Keys are
/// found by their SubjectPublicKeyInfo DER; at most <see cref="MaxKeys"/> are kept. Each key is used by one thread at a time.
/// </summary>
internal static class VerificationKeys
{
    private const int MaxKeys = 256;
    private const string Ed25519Oid = "1.3.101.112";
    private static readonly ConcurrentDictionary<string, AsymmetricAlgorithm> Keys = new(StringComparer.Ordinal);

    /// <summary>Verifies <paramref name="signature"/> over <paramref name="data"/> with the key <paramref name="subjectPublicKeyInfo"/>.</summary>
    /// <returns><see langword="false"/> when it does not verify or the key does not suit the algorithm.</returns>
    /// <exception cref="NotSupportedException">An algorithm other than RSA PKCS#1 v1.5 / PSS or ECDSA with SHA-1/2, or Ed25519 (verified with BouncyCastle).</exception>
    public static bool Verify(AlgorithmIdentifier algorithm, byte[] subjectPublicKeyInfo, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        string oid = algorithm.Algorithm.Id;
        if (oid == Ed25519Oid)
        {
            var ed25519 = new Org.BouncyCastle.Crypto.Signers.Ed25519Signer();
            ed25519.Init(false, Org.BouncyCastle.Security.PublicKeyFactory.CreateKey(subjectPublicKeyInfo));
            ed25519.BlockUpdate(data);
            return ed25519.VerifySignature(signature.ToArray());
        }

        bool pss = oid == PkcsObjectIdentifiers.IdRsassaPss.Id;
        HashAlgorithmName hash = pss ? PssHash(algorithm) : HashOf(oid) ?? throw new NotSupportedException($"Signature algorithm {oid} is not supported.");
        bool rsa = pss || oid.StartsWith("1.2.840.113549.1.1.", StringComparison.Ordinal);
        AsymmetricAlgorithm? key = KeyFor(subjectPublicKeyInfo, rsa);
        if (key is null)
        {
            return false;
        }

        byte[] digest = HashAlgorithms.Hash(hash, data);
        lock (key)
        {
            return key switch
            {
                RSA r => r.VerifyHash(digest, signature, hash, pss ? RSASignaturePadding.Pss : RSASignaturePadding.Pkcs1),
                ECDsa e => e.VerifyHash(digest, signature, DSASignatureFormat.Rfc3279DerSequence),
                _ => false,
            };
        }
    }

    /// <summary>The kept RSA key of <paramref name="certificate"/> (lock it while using it), or <see langword="null"/> when it has none.</summary>
    public static RSA? RsaKeyOf(X509Certificate2 certificate) => KeyOf("rsa:", certificate, c => c.GetRSAPublicKey()) as RSA;

    /// <summary>The kept ECDSA key of <paramref name="certificate"/> (lock it while using it), or <see langword="null"/> when it has none.</summary>
    public static ECDsa? ECDsaKeyOf(X509Certificate2 certificate) => KeyOf("ec:", certificate, c => c.GetECDsaPublicKey()) as ECDsa;

    /// <summary>Drops every kept key (for tests and cold-start benchmarks).</summary>
    internal static void Clear() => Keys.Clear();

    private static AsymmetricAlgorithm? KeyFor(byte[] subjectPublicKeyInfo, bool rsa)
    {
        string id = (rsa ? "rsa:" : "ec:") + Convert.ToBase64String(SHA256.HashData(subjectPublicKeyInfo));
        if (Keys.TryGetValue(id, out AsymmetricAlgorithm? key))
        {
            return key;
        }

        AsymmetricAlgorithm created = rsa ? RSA.Create() : ECDsa.Create();
        try
        {
            created.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
        }
        catch (CryptographicException)
        {
            created.Dispose();
            return null;
        }

        return Keep(id, created);
    }

    /// <summary>A certificate's key, imported by .NET from the certificate (RSA-PSS and named-curve parameters as it reads them).</summary>
    private static AsymmetricAlgorithm? KeyOf(string kind, X509Certificate2 certificate, Func<X509Certificate2, AsymmetricAlgorithm?> import)
    {
        string id = kind + Convert.ToBase64String(SHA256.HashData(certificate.PublicKey.ExportSubjectPublicKeyInfo()));
        return Keys.TryGetValue(id, out AsymmetricAlgorithm? key) ? key : import(certificate) is { } imported ? Keep(id, imported) : null;
    }

    private static AsymmetricAlgorithm Keep(string id, AsymmetricAlgorithm key)
    {
        if (Keys.Count >= MaxKeys)
        {
            Keys.Clear(); // Evicted keys are not disposed: another thread may still be verifying with one.
        }

        return Keys.GetOrAdd(id, key);
    }

    private static HashAlgorithmName? HashOf(string signatureOid) => signatureOid switch
    {
        "1.2.840.113549.1.1.11" or "1.2.840.10045.4.3.2" => HashAlgorithmName.SHA256,
        "1.2.840.113549.1.1.12" or "1.2.840.10045.4.3.3" => HashAlgorithmName.SHA384,
        "1.2.840.113549.1.1.13" or "1.2.840.10045.4.3.4" => HashAlgorithmName.SHA512,
        "1.2.840.113549.1.1.5" or "1.2.840.10045.4.1" => HashAlgorithmName.SHA1,
        _ => null,
    };

    private static HashAlgorithmName PssHash(AlgorithmIdentifier algorithm)
    {
        var parameters = RsassaPssParameters.GetInstance(algorithm.Parameters);
        HashAlgorithmName hash = HashAlgorithms.FromOid(parameters.HashAlgorithm.Algorithm);
        return parameters.SaltLength.HasValue(HashAlgorithms.SizeInBytes(hash))
            ? hash
            : throw new NotSupportedException("RSA-PSS with a salt length other than the hash length is not supported.");
    }
}
