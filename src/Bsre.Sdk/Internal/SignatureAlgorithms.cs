using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Signing;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.EdEC;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Asn1.X9;

namespace Bsre.Sdk.Internal;

/// <summary>Signature algorithm identifiers for CMS (RFC 5754, 4056, 5753, 8419) and verification with them.</summary>
internal static class SignatureAlgorithms
{
    private const string EcdsaSha3_256 = "2.16.840.1.101.3.4.3.10";
    private const string EcdsaSha3_384 = "2.16.840.1.101.3.4.3.11";
    private const string EcdsaSha3_512 = "2.16.840.1.101.3.4.3.12";
    private const string RsaSha3_256 = "2.16.840.1.101.3.4.3.14";
    private const string RsaSha3_384 = "2.16.840.1.101.3.4.3.15";
    private const string RsaSha3_512 = "2.16.840.1.101.3.4.3.16";

    public static AlgorithmIdentifier ToAlgorithmIdentifier(SignatureScheme scheme, HashAlgorithmName hash) => scheme switch
    {
        SignatureScheme.RsaPkcs1 => new AlgorithmIdentifier(hash.Name switch
        {
            "SHA256" => PkcsObjectIdentifiers.Sha256WithRsaEncryption,
            "SHA384" => PkcsObjectIdentifiers.Sha384WithRsaEncryption,
            "SHA512" => PkcsObjectIdentifiers.Sha512WithRsaEncryption,
            _ => throw Unsupported(hash),
        }, DerNull.Instance),
        SignatureScheme.RsaPss => new AlgorithmIdentifier(PkcsObjectIdentifiers.IdRsassaPss, PssParameters(hash)),
        SignatureScheme.Ecdsa => new AlgorithmIdentifier(hash.Name switch
        {
            "SHA256" => X9ObjectIdentifiers.ECDsaWithSha256,
            "SHA384" => X9ObjectIdentifiers.ECDsaWithSha384,
            "SHA512" => X9ObjectIdentifiers.ECDsaWithSha512,
            _ => throw Unsupported(hash),
        }),
        SignatureScheme.Ed25519 => new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519),
        _ => throw new ArgumentOutOfRangeException(nameof(scheme)),
    };

    /// <summary>Verifies <paramref name="signature"/> over <paramref name="data"/> with the certificate's public key.</summary>
    /// <returns><see langword="false"/> when the signature does not verify; throws <see cref="NotSupportedException"/> for unknown algorithms.</returns>
    public static bool Verify(AlgorithmIdentifier algorithm, HashAlgorithmName digestAlgorithm, X509Certificate2 certificate, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        string oid = algorithm.Algorithm.Id;
        if (oid == EdECObjectIdentifiers.id_Ed25519.Id || oid == EdECObjectIdentifiers.id_Ed448.Id)
        {
            // RFC 8410 §3: an Ed25519 key is id-Ed25519 with 32 bytes, an Ed448 key id-Ed448 with 57; anything else cannot verify the signature
            bool ed25519 = oid == EdECObjectIdentifiers.id_Ed25519.Id;
            byte[] key = certificate.PublicKey.EncodedKeyValue.RawData;
            if (certificate.PublicKey.Oid.Value != oid
                || key.Length != (ed25519 ? Org.BouncyCastle.Crypto.Parameters.Ed25519PublicKeyParameters.KeySize : Org.BouncyCastle.Crypto.Parameters.Ed448PublicKeyParameters.KeySize))
            {
                throw KeyMismatch(certificate, ed25519 ? "Ed25519" : "Ed448");
            }

            Org.BouncyCastle.Crypto.ISigner verifier = ed25519
                ? new Org.BouncyCastle.Crypto.Signers.Ed25519Signer()
                : new Org.BouncyCastle.Crypto.Signers.Ed448Signer([]);
            verifier.Init(false, ed25519
                ? new Org.BouncyCastle.Crypto.Parameters.Ed25519PublicKeyParameters(key)
                : new Org.BouncyCastle.Crypto.Parameters.Ed448PublicKeyParameters(key));
            verifier.BlockUpdate(data);
            return verifier.VerifySignature(signature.ToArray());
        }

        if (oid == PkcsObjectIdentifiers.IdRsassaPss.Id)
        {
            var pss = RsassaPssParameters.GetInstance(algorithm.Parameters);
            HashAlgorithmName pssHash = HashAlgorithms.FromOid(pss.HashAlgorithm.Algorithm);
            if (!pss.SaltLength.HasValue(HashAlgorithms.SizeInBytes(pssHash)))
            {
                throw new NotSupportedException("RSA-PSS with a salt length other than the hash length is not supported.");
            }

            using var rsaPss = Validation.Revocation.VerificationKeys.RentRsa(certificate) ?? throw KeyMismatch(certificate, "RSA-PSS");
            return rsaPss.Key.VerifyHash(HashAlgorithms.Hash(pssHash, data), signature, pssHash, RSASignaturePadding.Pss);
        }

        HashAlgorithmName hash = HashFromSignatureOid(oid) ?? digestAlgorithm;
        byte[] digest = HashAlgorithms.Hash(hash, data);
        if (oid.StartsWith("1.2.840.113549.1.1.", StringComparison.Ordinal) || oid is RsaSha3_256 or RsaSha3_384 or RsaSha3_512)
        {
            using var rsa = Validation.Revocation.VerificationKeys.RentRsa(certificate) ?? throw KeyMismatch(certificate, "RSA");
            return rsa.Key.VerifyHash(digest, signature, hash, RSASignaturePadding.Pkcs1);
        }

        if (oid.StartsWith("1.2.840.10045.", StringComparison.Ordinal) || oid is EcdsaSha3_256 or EcdsaSha3_384 or EcdsaSha3_512)
        {
            using var ecdsa = Validation.Revocation.VerificationKeys.RentECDsa(certificate) ?? throw KeyMismatch(certificate, "ECDSA");
            return ecdsa.Key.VerifyHash(digest, signature, DSASignatureFormat.Rfc3279DerSequence);
        }

        throw new NotSupportedException($"Signature algorithm {oid} is not supported.");
    }

    /// <summary>The digest a combined signature algorithm identifier fixes (RFC 3279, 4055, 5758, NIST CSOR for SHA-3), or <see langword="null"/> when it names only the key type.</summary>
    public static HashAlgorithmName? HashFromSignatureOid(string oid) => oid switch
    {
        "1.2.840.113549.1.1.11" or "1.2.840.10045.4.3.2" => HashAlgorithmName.SHA256,
        "1.2.840.113549.1.1.12" or "1.2.840.10045.4.3.3" => HashAlgorithmName.SHA384,
        "1.2.840.113549.1.1.13" or "1.2.840.10045.4.3.4" => HashAlgorithmName.SHA512,
        "1.2.840.113549.1.1.5" or "1.2.840.10045.4.1" or "1.2.840.10040.4.3" => HashAlgorithmName.SHA1,
        "1.2.840.113549.1.1.4" => HashAlgorithmName.MD5,
        "2.16.840.1.101.3.4.3.2" => HashAlgorithmName.SHA256,
        RsaSha3_256 or EcdsaSha3_256 => HashAlgorithmName.SHA3_256,
        RsaSha3_384 or EcdsaSha3_384 => HashAlgorithmName.SHA3_384,
        RsaSha3_512 or EcdsaSha3_512 => HashAlgorithmName.SHA3_512,
        _ => null,
    };

    /// <summary>The digests a SignerInfo's signature depends on: its digest algorithm and the one its signature algorithm names (or RSASSA-PSS parameters).</summary>
    public static IEnumerable<HashAlgorithmName?> DigestsOf(Org.BouncyCastle.Cms.SignerInformation signer)
    {
        var info = signer.SignerInfo;
        yield return HashAlgorithms.TryFromOid(info.DigestAlgorithm.Algorithm, out var digest) ? digest : null;
        if (info.SignatureAlgorithm.Algorithm.Equals(PkcsObjectIdentifiers.IdRsassaPss))
        {
            var pss = RsassaPssParameters.GetInstance(info.SignatureAlgorithm.Parameters);
            yield return HashAlgorithms.TryFromOid(pss.HashAlgorithm.Algorithm, out var pssDigest) ? pssDigest : null;
        }
        else if (HashFromSignatureOid(info.SignatureAlgorithm.Algorithm.Id) is { } named)
        {
            yield return named;
        }
    }

    private static RsassaPssParameters PssParameters(HashAlgorithmName hash)
    {
        var hashId = new AlgorithmIdentifier(HashAlgorithms.ToOid(hash), DerNull.Instance);
        return new RsassaPssParameters(
            hashId,
            new AlgorithmIdentifier(PkcsObjectIdentifiers.IdMgf1, hashId),
            DerInteger.ValueOf(HashAlgorithms.SizeInBytes(hash)),
            DerInteger.One);
    }

    private static ArgumentException Unsupported(HashAlgorithmName hash)
        => new($"Hash algorithm '{hash.Name}' is not supported for signing; use SHA256, SHA384 or SHA512.");

    private static CryptographicException KeyMismatch(X509Certificate2 certificate, string expected)
        => new($"The signature algorithm is {expected} but the certificate '{certificate.Subject}' has another key type.");
}
