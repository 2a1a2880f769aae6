using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.X509;
using Org.BouncyCastle.X509.Extension;
using BcX509Certificate = Org.BouncyCastle.X509.X509Certificate;
using X509Extension = Org.BouncyCastle.Asn1.X509.X509Extension;
using X509KeyUsage = Org.BouncyCastle.Asn1.X509.KeyUsage;

namespace Bsre.Sdk.Testing;

/// <summary>Issues the X.509 certificates of the test PKI with BouncyCastle.</summary>
internal static class CertificateFactory
{
    /// <summary>A random positive serial number of exactly 16 bytes.</summary>
    internal static BigInteger NewSerialNumber()
    {
        byte[] bytes = RandomNumberGenerator.GetBytes(16);
        bytes[0] = (byte)((bytes[0] & 0x7F) | 0x40);
        return new BigInteger(1, bytes);
    }

    /// <summary>
    /// Parses a distinguished name written most-specific-first ("CN=..., O=..., C=ID", as .NET prints it) into the
    /// conventional DER order (C, O, CN).
    /// </summary>
    internal static X509Name Name(string distinguishedName) =>
        X509Name.GetInstance(Asn1Object.FromByteArray(new X500DistinguishedName(distinguishedName).RawData));

    /// <summary>Creates a self-signed root CA certificate.</summary>
    internal static BcX509Certificate CreateRoot(string subject, AsymmetricCipherKeyPair keys, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        X509Name name = Name(subject);
        X509V3CertificateGenerator generator = NewGenerator(name, name, keys.Public, notBefore, notAfter);
        generator.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(true));
        generator.AddExtension(X509Extensions.KeyUsage, true, new X509KeyUsage(X509KeyUsage.KeyCertSign | X509KeyUsage.CrlSign));
        generator.AddExtension(X509Extensions.SubjectKeyIdentifier, false, X509ExtensionUtilities.CreateSubjectKeyIdentifier(keys.Public));
        return Sign(generator, keys.Private);
    }

    /// <summary>Creates an intermediate CA certificate (pathLen 0) with a CRL distribution point.</summary>
    internal static BcX509Certificate CreateIntermediate(
        string subject,
        AsymmetricKeyParameter publicKey,
        BcX509Certificate issuer,
        AsymmetricKeyParameter issuerKey,
        DateTimeOffset notBefore,
        DateTimeOffset notAfter,
        Uri crlUrl)
    {
        X509V3CertificateGenerator generator = NewGenerator(Name(subject), issuer.SubjectDN, publicKey, notBefore, notAfter);
        generator.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(0));
        generator.AddExtension(X509Extensions.KeyUsage, true, new X509KeyUsage(X509KeyUsage.KeyCertSign | X509KeyUsage.CrlSign));
        AddKeyIdentifiers(generator, publicKey, issuer);
        generator.AddExtension(X509Extensions.CrlDistributionPoints, false, DistributionPoints(crlUrl));
        return Sign(generator, issuerKey);
    }

    /// <summary>Creates an end-entity certificate of the given profile.</summary>
    internal static BcX509Certificate CreateLeaf(
        LeafProfile profile,
        string subject,
        AsymmetricKeyParameter publicKey,
        BcX509Certificate issuer,
        AsymmetricKeyParameter issuerKey,
        DateTimeOffset notBefore,
        DateTimeOffset notAfter,
        TestPkiUrls urls)
    {
        X509V3CertificateGenerator generator = NewGenerator(Name(subject), issuer.SubjectDN, publicKey, notBefore, notAfter);
        generator.AddExtension(X509Extensions.BasicConstraints, false, new BasicConstraints(false));
        AddKeyIdentifiers(generator, publicKey, issuer);
        generator.AddExtension(
            X509Extensions.AuthorityInfoAccess,
            false,
            new AuthorityInformationAccess(
            [
                new AccessDescription(AccessDescription.IdADOcsp, UriName(urls.Ocsp)),
                new AccessDescription(AccessDescription.IdADCAIssuers, UriName(urls.CaIssuers)),
            ]));
        generator.AddExtension(X509Extensions.CrlDistributionPoints, false, DistributionPoints(urls.IntermediateCrl));
        generator.AddExtension(
            X509Extensions.CertificatePolicies,
            false,
            new CertificatePolicies(new PolicyInformation(new DerObjectIdentifier(TestPki.CertificatePolicyOid))));

        switch (profile)
        {
            case LeafProfile.Signer:
                generator.AddExtension(
                    X509Extensions.KeyUsage, true, new X509KeyUsage(X509KeyUsage.DigitalSignature | X509KeyUsage.NonRepudiation));
                break;
            case LeafProfile.TimeStamping:
                generator.AddExtension(X509Extensions.KeyUsage, true, new X509KeyUsage(X509KeyUsage.DigitalSignature));
                generator.AddExtension(X509Extensions.ExtendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeID.id_kp_timeStamping));
                break;
            case LeafProfile.OcspSigning:
                generator.AddExtension(X509Extensions.KeyUsage, true, new X509KeyUsage(X509KeyUsage.DigitalSignature));
                generator.AddExtension(X509Extensions.ExtendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeID.id_kp_OCSPSigning));
                generator.AddExtension(OcspObjectIdentifiers.PkixOcspNocheck, false, DerNull.Instance);
                break;
        }

        return Sign(generator, issuerKey);
    }

    /// <summary>Creates a self-signed end-entity certificate with only digitalSignature (no EKU, untrusted).</summary>
    internal static BcX509Certificate CreateSelfSignedEndEntity(string subject, AsymmetricCipherKeyPair keys, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        X509Name name = Name(subject);
        X509V3CertificateGenerator generator = NewGenerator(name, name, keys.Public, notBefore, notAfter);
        generator.AddExtension(X509Extensions.KeyUsage, true, new X509KeyUsage(X509KeyUsage.DigitalSignature));
        generator.AddExtension(X509Extensions.SubjectKeyIdentifier, false, X509ExtensionUtilities.CreateSubjectKeyIdentifier(keys.Public));
        return Sign(generator, keys.Private);
    }

    private static X509V3CertificateGenerator NewGenerator(
        X509Name subject, X509Name issuer, AsymmetricKeyParameter publicKey, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var generator = new X509V3CertificateGenerator();
        generator.SetSerialNumber(NewSerialNumber());
        generator.SetSubjectDN(subject);
        generator.SetIssuerDN(issuer);
        generator.SetPublicKey(publicKey);
        generator.SetNotBefore(TruncateToSeconds(notBefore));
        generator.SetNotAfter(TruncateToSeconds(notAfter));
        return generator;
    }

    private static void AddKeyIdentifiers(X509V3CertificateGenerator generator, AsymmetricKeyParameter publicKey, BcX509Certificate issuer)
    {
        generator.AddExtension(X509Extensions.SubjectKeyIdentifier, false, X509ExtensionUtilities.CreateSubjectKeyIdentifier(publicKey));
        X509Extension issuerSki = issuer.CertificateStructure.TbsCertificate.Extensions.GetExtension(X509Extensions.SubjectKeyIdentifier);
        byte[] keyId = SubjectKeyIdentifier.GetInstance(issuerSki.GetParsedValue()).GetKeyIdentifier();
        generator.AddExtension(X509Extensions.AuthorityKeyIdentifier, false, new AuthorityKeyIdentifier(keyId));
    }

    private static CrlDistPoint DistributionPoints(Uri url) =>
        new(new DistributionPoint(new DistributionPointName(new GeneralNames(UriName(url))), null, null));

    private static GeneralName UriName(Uri url) => new(GeneralName.UniformResourceIdentifier, url.AbsoluteUri);

    private static BcX509Certificate Sign(X509V3CertificateGenerator generator, AsymmetricKeyParameter issuerKey) =>
        generator.Generate(new Asn1SignatureFactory(KeyPairs.SignatureAlgorithm(issuerKey), issuerKey, KeyPairs.Random));

    /// <summary>X.509 times have one-second resolution; drop the rest so round trips compare equal.</summary>
    internal static DateTime TruncateToSeconds(DateTimeOffset value)
    {
        DateTime utc = value.UtcDateTime;
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }
}
