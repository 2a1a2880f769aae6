using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;
using Org.BouncyCastle.X509.Extension;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace Bsre.Sdk.Tests.PathValidation;

/// <summary>Issues extra certificates for path tests (CAs, cross certificates, odd leaves) with fast ECDSA P-256 keys.</summary>
internal static class TestCertificates
{
    private static readonly SecureRandom Random = new();
    private static long _serial = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    public static AsymmetricCipherKeyPair NewKeys()
    {
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(SecObjectIdentifiers.SecP256r1, Random));
        return generator.GenerateKeyPair();
    }

    /// <summary>Issues a certificate for <paramref name="subjectKey"/>, signed with <paramref name="signingKey"/> in the name of <paramref name="issuer"/> (self-signed when null).</summary>
    public static BcCertificate Issue(CertificateSpec spec, AsymmetricKeyParameter subjectKey, BcCertificate? issuer, AsymmetricKeyParameter signingKey)
    {
        var generator = new X509V3CertificateGenerator();
        generator.SetSerialNumber(BigInteger.ValueOf(Interlocked.Increment(ref _serial)));
        generator.SetSubjectDN(spec.Subject);
        generator.SetIssuerDN(issuer?.SubjectDN ?? spec.Subject);
        generator.SetPublicKey(subjectKey);
        generator.SetNotBefore(spec.NotBefore.UtcDateTime);
        generator.SetNotAfter(spec.NotAfter.UtcDateTime);
        generator.AddExtension(X509Extensions.SubjectKeyIdentifier, false, X509ExtensionUtilities.CreateSubjectKeyIdentifier(subjectKey));
        if (issuer?.GetExtensionValue(X509Extensions.SubjectKeyIdentifier) is { } ski)
        {
            byte[] keyId = SubjectKeyIdentifier.GetInstance(ski.GetOctets()).GetKeyIdentifier();
            generator.AddExtension(X509Extensions.AuthorityKeyIdentifier, false, new AuthorityKeyIdentifier(keyId));
        }

        generator.AddExtension(X509Extensions.BasicConstraints, true, spec.CaPathLength switch
        {
            null => new BasicConstraints(false),
            < 0 => new BasicConstraints(true),
            int length => new BasicConstraints(length),
        });
        generator.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(spec.KeyUsage));
        if (spec.Policies.Length > 0)
        {
            generator.AddExtension(X509Extensions.CertificatePolicies, false, new CertificatePolicies(
                spec.Policies.Select(p => new PolicyInformation(new DerObjectIdentifier(p))).ToArray()));
        }

        if (spec.CaIssuers is { } url)
        {
            generator.AddExtension(X509Extensions.AuthorityInfoAccess, false, new AuthorityInformationAccess(
                new AccessDescription(AccessDescription.IdADCAIssuers, new GeneralName(GeneralName.UniformResourceIdentifier, url.AbsoluteUri))));
        }

        if (spec.CrlDistributionPoints.Length > 0)
        {
            generator.AddExtension(X509Extensions.CrlDistributionPoints, false, new CrlDistPoint(spec.CrlDistributionPoints));
        }

        string algorithm = signingKey is ECPrivateKeyParameters ? "SHA256withECDSA" : "SHA256withRSA";
        return generator.Generate(new Asn1SignatureFactory(algorithm, signingKey, Random));
    }

    public static X509Certificate2 ToBcl(BcCertificate certificate) => X509CertificateLoader.LoadCertificate(certificate.GetEncoded());
}
