using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Tests.Fixtures;

namespace Bsre.Sdk.Tests.TestUtils;

/// <summary>In-process checks of the generated PKI's hierarchy and certificate profiles.</summary>
[Collection(PkiTestGroup.Name)]
public sealed class TestPkiTests(PkiFixture fixture)
{
    private TestPki Pki => fixture.Pki;

    [Fact]
    public void Hierarchy_mirrors_bsre()
    {
        Assert.Equal(TestPki.RootSubject, Pki.Root.Subject);
        Assert.Equal(TestPki.RootSubject, Pki.Root.Certificate.Issuer);
        Assert.Equal(TestPki.IntermediateSubject, Pki.Intermediate.Subject);
        Assert.Equal(TestPki.RootSubject, Pki.Intermediate.Certificate.Issuer);
        Assert.Equal(3072, Pki.Root.Certificate.GetRSAPublicKey()!.KeySize);
        Assert.Equal(2048, Pki.Intermediate.Certificate.GetRSAPublicKey()!.KeySize);

        X509BasicConstraintsExtension rootConstraints = Extension<X509BasicConstraintsExtension>(Pki.Root.Certificate);
        Assert.True(rootConstraints.CertificateAuthority);
        Assert.True(rootConstraints.Critical);
        X509BasicConstraintsExtension intermediateConstraints = Extension<X509BasicConstraintsExtension>(Pki.Intermediate.Certificate);
        Assert.True(intermediateConstraints.CertificateAuthority);
        Assert.True(intermediateConstraints.HasPathLengthConstraint);
        Assert.Equal(0, intermediateConstraints.PathLengthConstraint);
        Assert.Equal(
            X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign,
            Extension<X509KeyUsageExtension>(Pki.Intermediate.Certificate).KeyUsages);

        Assert.Equal([Pki.Intermediate.Certificate, Pki.Root.Certificate], Pki.Chain);
        Assert.Equal(8, Pki.Leaves.Count);
        Assert.Equal(8, Pki.Leaves.Select(l => l.Subject).Distinct().Count());
    }

    [Fact]
    public void Leaves_have_the_bsre_profile()
    {
        foreach (TestIdentity leaf in Pki.Leaves)
        {
            X509Certificate2 cert = leaf.Certificate;
            Assert.Equal(TestPki.IntermediateSubject, cert.Issuer);
            Assert.Equal("1.2.840.113549.1.1.11", cert.SignatureAlgorithm.Value); // sha256WithRSAEncryption
            Assert.Equal(16, cert.SerialNumberBytes.Length);
            Assert.True(cert.SerialNumberBytes.Span[0] is >= 0x40 and < 0x80);
            Assert.False(cert.HasPrivateKey);
            Assert.Equal(
                Extension<X509SubjectKeyIdentifierExtension>(Pki.Intermediate.Certificate).SubjectKeyIdentifierBytes.ToArray(),
                Extension<X509AuthorityKeyIdentifierExtension>(cert).KeyIdentifier!.Value.ToArray());

            X509AuthorityInformationAccessExtension aia = Extension<X509AuthorityInformationAccessExtension>(cert);
            Assert.Equal(["http://127.0.0.1:2560/ocsp"], aia.EnumerateOcspUris());
            Assert.Equal(["http://127.0.0.1:2560/certs/intermediate.cer"], aia.EnumerateCAIssuersUris());
            var policies = Org.BouncyCastle.Asn1.X509.CertificatePolicies.GetInstance(cert.Extensions["2.5.29.32"]!.RawData);
            Assert.Equal(TestPki.CertificatePolicyOid, Assert.Single(policies.GetPolicyInformation()).PolicyIdentifier.Id);

            X509KeyUsageExtension keyUsage = Extension<X509KeyUsageExtension>(cert);
            Assert.True(keyUsage.Critical);
            Assert.True(keyUsage.KeyUsages.HasFlag(X509KeyUsageFlags.DigitalSignature));
        }

        Assert.Equal(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation,
            Extension<X509KeyUsageExtension>(Pki.SignerRsa.Certificate).KeyUsages);
        X509EnhancedKeyUsageExtension tsaEku = Extension<X509EnhancedKeyUsageExtension>(Pki.Tsa.Certificate);
        Assert.True(tsaEku.Critical);
        Assert.Equal("1.3.6.1.5.5.7.3.8", Assert.Single(tsaEku.EnhancedKeyUsages.Cast<Oid>()).Value);
        Assert.Equal("1.3.6.1.5.5.7.3.9", Assert.Single(Extension<X509EnhancedKeyUsageExtension>(Pki.OcspResponder.Certificate).EnhancedKeyUsages.Cast<Oid>()).Value);
        Assert.NotNull(Pki.OcspResponder.Certificate.Extensions["1.3.6.1.5.5.7.48.1.5"]);
        Assert.Null(Pki.SignerRsa.Certificate.Extensions["2.5.29.37"]);
    }

    [Fact]
    public void Key_algorithms_match_the_identities()
    {
        Assert.Equal(2048, Pki.SignerRsa.Certificate.GetRSAPublicKey()!.KeySize);
        Assert.Equal(256, Pki.SignerEcdsa.Certificate.GetECDsaPublicKey()!.KeySize);
        Assert.Equal(384, Pki.SignerEcdsaP384.Certificate.GetECDsaPublicKey()!.KeySize);
        Assert.Equal("1.3.101.112", Pki.SignerEd25519.Certificate.PublicKey.Oid.Value);
        Assert.Equal(TestKeyAlgorithm.Ed25519, Pki.SignerEd25519.KeyAlgorithm);
    }

    [Fact]
    public void Validity_is_relative_to_now_and_base_url_is_configurable()
    {
        var now = new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
        TestPki pki = TestPki.Create(new TestPkiOptions { Now = now, ServiceBaseUrl = new Uri("http://localhost:9999/bsre") });

        Assert.Equal(now.AddDays(-1).UtcDateTime, pki.SignerRsa.Certificate.NotBefore.ToUniversalTime());
        Assert.Equal(now.AddYears(2).UtcDateTime, pki.SignerRsa.Certificate.NotAfter.ToUniversalTime());
        Assert.Equal(now.AddYears(20).UtcDateTime, pki.Root.Certificate.NotAfter.ToUniversalTime());
        Assert.Equal(now.AddYears(-1).UtcDateTime, pki.SignerExpired.Certificate.NotAfter.ToUniversalTime());
        Assert.Equal(new Uri("http://localhost:9999/bsre/ocsp"), pki.Urls.Ocsp);
        Assert.Equal(
            ["http://localhost:9999/bsre/ocsp"],
            Extension<X509AuthorityInformationAccessExtension>(pki.Tsa.Certificate).EnumerateOcspUris());
    }

    [Fact]
    public void Chain_builds_in_dotnet_and_expired_signer_does_not()
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Pki.Root.Certificate);
        chain.ChainPolicy.ExtraStore.Add(Pki.Intermediate.Certificate);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;

        Assert.True(chain.Build(Pki.SignerEcdsa.Certificate), string.Join(", ", chain.ChainStatus.Select(s => s.StatusInformation)));
        Assert.False(chain.Build(Pki.SignerExpired.Certificate));
        Assert.Contains(chain.ChainStatus, s => s.Status == X509ChainStatusFlags.NotTimeValid);
    }

    private static T Extension<T>(X509Certificate2 certificate)
        where T : X509Extension =>
        Assert.Single(certificate.Extensions.OfType<T>());
}
