using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.X509;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>RFC 6960 CertID: hashes of the issuer's name and key plus the serial number.</summary>
internal static class OcspCertId
{
    /// <summary>Creates the CertID for a request. SHA-1, as RFC 5019 profiles and every responder understands.</summary>
    public static CertID Create(X509Certificate2 certificate, X509Certificate2 issuer)
    {
        HashAlgorithmName hash = HashAlgorithmName.SHA1;
        return new CertID(
            new AlgorithmIdentifier(HashAlgorithms.ToOid(hash), DerNull.Instance),
            new DerOctetString(HashAlgorithms.Hash(hash, certificate.IssuerName.RawData)),
            new DerOctetString(HashAlgorithms.Hash(hash, IssuerKey(issuer))),
            new DerInteger(Serial(certificate)));
    }

    /// <summary>Gets the cache key of a certificate's OCSP response: the SHA-256 of its SHA-1 CertID, in hex.</summary>
    public static string CacheKey(X509Certificate2 certificate, X509Certificate2 issuer)
        => "ocsp:" + Convert.ToHexString(SHA256.HashData(Create(certificate, issuer).GetDerEncoded()));

    /// <summary>Returns whether <paramref name="id"/> (in whatever hash algorithm it uses) names the certificate.</summary>
    public static bool Matches(CertID id, X509Certificate2 certificate, X509Certificate2 issuer)
    {
        if (!HashAlgorithms.TryFromOid(id.HashAlgorithm.Algorithm, out HashAlgorithmName hash))
        {
            return false;
        }

        return id.SerialNumber.Value.Equals(Serial(certificate))
            && id.IssuerNameHash.GetOctets().AsSpan().SequenceEqual(HashAlgorithms.Hash(hash, certificate.IssuerName.RawData))
            && id.IssuerKeyHash.GetOctets().AsSpan().SequenceEqual(HashAlgorithms.Hash(hash, IssuerKey(issuer)));
    }

    /// <summary>The subjectPublicKey BIT STRING contents, as CertID and ResponderID hash them.</summary>
    private static byte[] IssuerKey(X509Certificate2 issuer) => issuer.PublicKey.EncodedKeyValue.RawData;

    private static BcBigInteger Serial(X509Certificate2 certificate) => new(certificate.SerialNumberBytes.ToArray());
}
