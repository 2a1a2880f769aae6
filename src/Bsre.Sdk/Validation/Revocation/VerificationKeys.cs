using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
/// (<see cref="RentRsa"/>, <see cref="RentECDsa"/>): an agency's documents are signed by a handful of people.
/// </summary>
/// <remarks>
/// A key object is used by one thread at a time (.NET does not promise more), so each key has a <see cref="KeyPool"/>
/// of imported instances: threads verifying against the same issuer at once take one each instead of waiting on a lock.
/// Keys are found without hashing or re-encoding: by the SubjectPublicKeyInfo bytes given, or by the certificate
/// object (certificates read from signatures are themselves kept once per process, <see cref="Certificates"/>). At most
/// <see cref="MaxKeys"/> SubjectPublicKeyInfos are kept, each pool keeps at most one idle instance per processor.
/// </remarks>
internal static class VerificationKeys
{
    private const int MaxKeys = 256;
    private const string Ed25519Oid = "1.3.101.112";
    private static readonly ConcurrentDictionary<byte[], KeyPool> BySubjectPublicKeyInfo = new(ByteArrayComparer.Instance);
    private static readonly ConditionalWeakTable<X509Certificate2, KeyPool> ByCertificate = [];

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
        KeyPool pool = PoolOf(subjectPublicKeyInfo);
        AsymmetricAlgorithm? key = pool.Rent();
        if (key is null)
        {
            return false;
        }

        try
        {
            byte[] digest = HashAlgorithms.Hash(hash, data);
            return (key, rsa) switch
            {
                (RSA r, true) => r.VerifyHash(digest, signature, hash, pss ? RSASignaturePadding.Pss : RSASignaturePadding.Pkcs1),
                (ECDsa e, false) => e.VerifyHash(digest, signature, DSASignatureFormat.Rfc3279DerSequence),
                _ => false,
            };
        }
        finally
        {
            pool.Return(key);
        }
    }

    /// <summary>An RSA instance of <paramref name="certificate"/>'s key for this thread (dispose the lease to give it back), or <see langword="null"/> when its key is not RSA.</summary>
    public static Lease<RSA>? RentRsa(X509Certificate2 certificate) => Rent<RSA>(certificate);

    /// <summary>An ECDSA instance of <paramref name="certificate"/>'s key for this thread (dispose the lease to give it back), or <see langword="null"/> when its key is not ECDSA.</summary>
    public static Lease<ECDsa>? RentECDsa(X509Certificate2 certificate) => Rent<ECDsa>(certificate);

    /// <summary>Drops every kept key (for tests and cold-start benchmarks).</summary>
    internal static void Clear()
    {
        BySubjectPublicKeyInfo.Clear();
        ByCertificate.Clear();
    }

    private static Lease<T>? Rent<T>(X509Certificate2 certificate)
        where T : AsymmetricAlgorithm
    {
        // .NET imports a certificate's key itself (RSA-PSS and named-curve parameters as it reads them).
        KeyPool pool = ByCertificate.GetValue(certificate, static c => new KeyPool(() => c.GetRSAPublicKey() ?? (AsymmetricAlgorithm?)c.GetECDsaPublicKey()));
        switch (pool.Rent())
        {
            case T key:
                return new Lease<T>(key, pool);
            case { } other:
                pool.Return(other);
                return null;
            default:
                return null;
        }
    }

    private static KeyPool PoolOf(byte[] subjectPublicKeyInfo)
    {
        if (BySubjectPublicKeyInfo.TryGetValue(subjectPublicKeyInfo, out KeyPool? pool))
        {
            return pool;
        }

        if (BySubjectPublicKeyInfo.Count >= MaxKeys)
        {
            BySubjectPublicKeyInfo.Clear(); // Keys rented from a dropped pool are simply not given back.
        }

        // The key's type comes from the key alone: a signature that claims another algorithm must not decide it.
        return BySubjectPublicKeyInfo.GetOrAdd(subjectPublicKeyInfo, static spki => new KeyPool(() => Import(RSA.Create(), spki) ?? Import(ECDsa.Create(), spki)));
    }

    private static AsymmetricAlgorithm? Import(AsymmetricAlgorithm key, byte[] subjectPublicKeyInfo)
    {
        try
        {
            key.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
            return key;
        }
        catch (CryptographicException)
        {
            key.Dispose();
            return null;
        }
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

    /// <summary>A key rented from its pool; disposing it gives the key back.</summary>
    internal readonly struct Lease<T>(T key, KeyPool pool) : IDisposable
        where T : AsymmetricAlgorithm
    {
        public T Key { get; } = key;

        public void Dispose() => pool.Return(Key);
    }

    /// <summary>Imported instances of one public key, each used by one thread at a time.</summary>
    internal sealed class KeyPool(Func<AsymmetricAlgorithm?> import)
    {
        private readonly ConcurrentBag<AsymmetricAlgorithm> _idle = [];
        private int _idleCount;

        /// <summary>An idle instance, else a new one; <see langword="null"/> when the key cannot be imported.</summary>
        public AsymmetricAlgorithm? Rent()
        {
            if (_idle.TryTake(out AsymmetricAlgorithm? key))
            {
                Interlocked.Decrement(ref _idleCount);
                return key;
            }

            return import();
        }

        /// <summary>Keeps <paramref name="key"/> for the next thread, or disposes it when a processor's worth are idle already.</summary>
        public void Return(AsymmetricAlgorithm key)
        {
            if (Interlocked.Increment(ref _idleCount) <= Environment.ProcessorCount)
            {
                _idle.Add(key);
                return;
            }

            Interlocked.Decrement(ref _idleCount);
            key.Dispose();
        }
    }
}
