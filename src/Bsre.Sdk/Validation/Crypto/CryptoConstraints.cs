using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Parameters;

namespace Bsre.Sdk.Validation;

/// <summary>
/// Applies a <see cref="CryptographicPolicy"/> (EN 319 102-1 §5.2.8, cryptographic verification; §5.6.2.5, past
/// signature validation): a signature's digests and key are accepted when the earliest time the signature is proven to
/// exist (else the validation time) precedes every sunset.
/// </summary>
internal sealed class CryptoConstraints(CryptographicPolicy policy)
{
    private static readonly ConditionalWeakTable<X509Certificate2, Tuple<string, int>?> KeyCache = [];

    /// <summary>Judges a signature made with <paramref name="digests"/> (<see langword="null"/> for one not recognised) and <paramref name="key"/>'s public key.</summary>
    /// <param name="what">What signed, for the message ("signature", "certificate 'CN=...'").</param>
    /// <param name="digests">The digest algorithms the signature depends on.</param>
    /// <param name="key">The certificate holding the verifying public key, or <see langword="null"/> to judge the digests alone.</param>
    /// <param name="now">The validation time.</param>
    /// <param name="proofOfExistence">The earliest time a trusted timestamp proves the signed object existed, if any.</param>
    public CryptoVerdict Judge(string what, IEnumerable<HashAlgorithmName?> digests, X509Certificate2? key, DateTimeOffset now, DateTimeOffset? proofOfExistence)
    {
        if (Weakest(digests, key) is not { } weak)
        {
            return CryptoVerdict.Accept;
        }

        DateTimeOffset time = proofOfExistence is { } poe && poe < now ? poe : now;
        string until = weak.Sunset == DateTimeOffset.MinValue ? "does not accept at all" : string.Create(CultureInfo.InvariantCulture, $"accepts only until {weak.Sunset:yyyy-MM-dd}");
        if (time >= weak.Sunset)
        {
            return new CryptoVerdict(false, $"The {what} uses {weak.Algorithm}, which the cryptographic policy {until}, and no proof of existence predates that.");
        }

        return time < now && now >= weak.Sunset
            ? new CryptoVerdict(true, string.Create(CultureInfo.InvariantCulture, $"The {what} uses {weak.Algorithm}, accepted only until {weak.Sunset:yyyy-MM-dd}; a timestamp proves it existed at {time:u}, before that."))
            : CryptoVerdict.Accept;
    }

    /// <summary>Returns the algorithm with the earliest sunset among <paramref name="digests"/> and <paramref name="key"/>'s public key, or <see langword="null"/> when none has one.</summary>
    /// <param name="digests">The digest algorithms (<see langword="null"/> for one not recognised, which is never accepted).</param>
    /// <param name="key">The certificate holding the public key, or <see langword="null"/>.</param>
    public (string Algorithm, DateTimeOffset Sunset)? Weakest(IEnumerable<HashAlgorithmName?> digests, X509Certificate2? key)
    {
        (string Algorithm, DateTimeOffset Sunset)? weakest = null;
        foreach ((string algorithm, DateTimeOffset? sunset) in digests.Select(Digest).Concat(key is null ? [] : [Key(key)]))
        {
            if (sunset is { } end && (weakest is null || end < weakest.Value.Sunset))
            {
                weakest = (algorithm, end);
            }
        }

        return weakest;
    }

    /// <summary>Judges every link of a validated chain (each certificate's signature with its issuer's key); the trust anchor's own signature is not.</summary>
    public CryptoVerdict JudgeChain(IReadOnlyList<CertificateInfo> chain, DateTimeOffset now, DateTimeOffset? proofOfExistence)
    {
        for (int i = 0; i + 1 < chain.Count; i++)
        {
            X509Certificate2 certificate = chain[i].Certificate;
            CryptoVerdict verdict = Judge($"certificate '{certificate.Subject}'", CertificateDigests(certificate), chain[i + 1].Certificate, now, proofOfExistence);
            if (!verdict.Accepted)
            {
                return verdict;
            }
        }

        return CryptoVerdict.Accept;
    }

    /// <summary>The digests a certificate's signature depends on: none for EdDSA, the one its algorithm names, or one unknown.</summary>
    public static IEnumerable<HashAlgorithmName?> CertificateDigests(X509Certificate2 certificate)
        => SignatureDigests(certificate.SignatureAlgorithm.Value, () => Certificates.ToBouncyCastle(certificate).CertificateStructure.SignatureAlgorithm.Parameters);

    /// <summary>The digests a signature with <paramref name="algorithm"/> (of a CRL, an OCSP response) depends on, as <see cref="CertificateDigests"/>.</summary>
    public static IEnumerable<HashAlgorithmName?> SignatureDigests(AlgorithmIdentifier algorithm)
        => SignatureDigests(algorithm.Algorithm.Id, () => algorithm.Parameters);

    private static IEnumerable<HashAlgorithmName?> SignatureDigests(string? oid, Func<Asn1Encodable> parameters)
    {
        if (oid is "1.3.101.112" or "1.3.101.113")
        {
            return [];
        }

        if (oid == PkcsObjectIdentifiers.IdRsassaPss.Id)
        {
            var pss = RsassaPssParameters.GetInstance(parameters());
            return [HashAlgorithms.TryFromOid(pss.HashAlgorithm.Algorithm, out var name) ? name : null];
        }

        return [oid is null ? null : SignatureAlgorithms.HashFromSignatureOid(oid)];
    }

    private (string Algorithm, DateTimeOffset? Sunset) Digest(HashAlgorithmName? digest)
        => digest is { } name && policy.DigestAlgorithms.TryGetValue(name, out DateTimeOffset? sunset)
            ? (Label(name), sunset)
            : (digest is { } unknown ? Label(unknown) : "an unrecognised digest algorithm", DateTimeOffset.MinValue);

    private (string Algorithm, DateTimeOffset? Sunset) Key(X509Certificate2 certificate)
    {
        if (KeyCache.GetValue(certificate, KeyOf) is not { } key)
        {
            return ($"a key of type {certificate.PublicKey.Oid.Value}", DateTimeOffset.MinValue);
        }

        (string algorithm, int bits) = (key.Item1, key.Item2);
        KeySizeRule? rule = policy.KeySizes.Where(r => r.KeyAlgorithm == algorithm && r.MinimumBits <= bits).MaxBy(r => r.MinimumBits);
        string label = algorithm.StartsWith("Ed", StringComparison.Ordinal) ? algorithm : $"{algorithm}-{bits}";
        return (label, rule is null ? DateTimeOffset.MinValue : rule.AcceptedUntil);
    }

    private static string Label(HashAlgorithmName name) => name.Name!.Replace('_', '-');

    /// <summary>The key algorithm and size of a certificate's public key, or <see langword="null"/> for an unknown type.</summary>
    private static Tuple<string, int>? KeyOf(X509Certificate2 certificate)
    {
        switch (certificate.PublicKey.Oid.Value)
        {
            case "1.3.101.112":
                return new("Ed25519", 256);
            case "1.3.101.113":
                return new("Ed448", 448);
            case "1.2.840.10045.2.1":
                using (ECDsa? ec = certificate.GetECDsaPublicKey())
                {
                    return ec is null ? null : new("ECDSA", ec.KeySize);
                }

            case "1.2.840.10040.4.1":
                return Certificates.ToBouncyCastle(certificate).GetPublicKey() is DsaPublicKeyParameters dsa ? new("DSA", dsa.Parameters.P.BitLength) : null;
            case "1.2.840.113549.1.1.1":
                using (RSA? rsa = certificate.GetRSAPublicKey())
                {
                    return rsa is null ? null : new("RSA", rsa.KeySize);
                }

            case "1.2.840.113549.1.1.10":
                return Certificates.ToBouncyCastle(certificate).GetPublicKey() is RsaKeyParameters pss ? new("RSA", pss.Modulus.BitLength) : null;
            default:
                return null;
        }
    }
}
