using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.X509;

namespace Bsre.Sdk.Testing;

/// <summary>Creates X.509 v2 CRLs with BouncyCastle.</summary>
internal static class CrlFactory
{
    /// <summary>Creates a DER CRL signed by <paramref name="issuer"/>.</summary>
    internal static byte[] Create(
        TestIdentity issuer,
        IEnumerable<CrlEntry> entries,
        DateTimeOffset thisUpdate,
        DateTimeOffset nextUpdate,
        long crlNumber)
    {
        var generator = new X509V2CrlGenerator();
        generator.SetIssuerDN(issuer.BouncyCastleCertificate.SubjectDN);
        generator.SetThisUpdate(CertificateFactory.TruncateToSeconds(thisUpdate));
        generator.SetNextUpdate(CertificateFactory.TruncateToSeconds(nextUpdate));

        foreach (CrlEntry entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry);
            var serial = new BigInteger(entry.Certificate.SerialNumberBytes.ToArray());
            DateTime revokedAt = CertificateFactory.TruncateToSeconds(entry.RevokedAt);
            if (entry.Reason == X509RevocationReason.Unspecified)
            {
                generator.AddCrlEntry(serial, revokedAt, extensions: null);
            }
            else
            {
                generator.AddCrlEntry(serial, revokedAt, (int)entry.Reason);
            }
        }

        byte[] keyId = SubjectKeyIdentifier
            .GetInstance(issuer.BouncyCastleCertificate.CertificateStructure.TbsCertificate.Extensions
                .GetExtension(X509Extensions.SubjectKeyIdentifier).GetParsedValue())
            .GetKeyIdentifier();
        generator.AddExtension(X509Extensions.AuthorityKeyIdentifier, false, new AuthorityKeyIdentifier(keyId));
        generator.AddExtension(X509Extensions.CrlNumber, false, new CrlNumber(BigInteger.ValueOf(crlNumber)));

        X509Crl crl = generator.Generate(
            new Asn1SignatureFactory(KeyPairs.SignatureAlgorithm(issuer.PrivateKey), issuer.PrivateKey, KeyPairs.Random));
        return crl.GetEncoded();
    }
}
