using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Testing.Revocation;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace Bsre.Sdk.Tests.PathValidation;

/// <summary>
/// Who may sign a certificate's CRL (RFC 5280 §6.3.3 (b)(1), (f)): the issuer, or a CRL issuer whose own path validates
/// for CRL signing to the same trust anchor — named as cRLIssuer in the certificate's distribution point for an indirect CRL.
/// </summary>
[Collection(PkiTestGroup.Name)]
public sealed class CrlIssuerTests(PkiFixture fixture)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private TestPki Pki => fixture.Pki;

    [Fact]
    public async Task CRL_signed_by_a_key_other_than_the_issuers_is_not_accepted()
    {
        Ca ca = IssueCa("CN=CRL Test CA");
        BcCertificate leaf = IssueLeaf(ca);
        byte[] crl = new TestCrlBuilder(ca.Certificate, TestCertificates.NewKeys().Private, Now.AddHours(-1), Now.AddDays(1)).Build();

        var result = await ValidateAsync(leaf, [ca.Certificate], [crl]);

        Assert.Equal(SubIndication.TryLater, result.SubIndication);
    }

    [Fact]
    public async Task CRL_signed_by_a_same_named_CA_of_another_trust_anchor_is_not_accepted()
    {
        Ca ca = IssueCa("CN=CRL Test CA");
        Ca otherRoot = Issue(new CertificateSpec("CN=Other Root") { CaPathLength = -1, KeyUsage = CertificateSpec.CaKeyUsage }, null);
        Ca sameName = Issue(new CertificateSpec("CN=CRL Test CA") { CaPathLength = 0, KeyUsage = CertificateSpec.CaKeyUsage }, otherRoot);
        BcCertificate leaf = IssueLeaf(ca);
        byte[] otherRootCrl = new TestCrlBuilder(otherRoot.Certificate, otherRoot.Key, Now.AddHours(-1), Now.AddDays(1)).Build();
        byte[] crl = new TestCrlBuilder(sameName.Certificate, sameName.Key, Now.AddHours(-1), Now.AddDays(1)).Build();

        var refused = await ValidateAsync(leaf, [ca.Certificate, sameName.Certificate], [otherRootCrl, crl], otherRoot.Certificate);
        var control = await ValidateAsync(leaf, [ca.Certificate], [new TestCrlBuilder(ca.Certificate, ca.Key, Now.AddHours(-1), Now.AddDays(1)).Build()]);

        Assert.Equal(SubIndication.TryLater, refused.SubIndication);
        Assert.True(control.IsValid, PathHarness.Explain(control));
    }

    [Fact]
    public async Task Indirect_CRL_of_the_cRLIssuer_the_distribution_point_names_decides()
    {
        Ca ca = IssueCa("CN=CRL Test CA");
        Ca crlIssuer = IssueCa("CN=Indirect CRL Issuer", KeyUsage.CrlSign);
        BcCertificate leaf = IssueLeaf(ca, crlIssuer);
        TestCrlBuilder Crl() => new TestCrlBuilder(crlIssuer.Certificate, crlIssuer.Key, Now.AddHours(-1), Now.AddDays(1)).WithScope(IndirectScope);

        var good = await ValidateAsync(leaf, [ca.Certificate, crlIssuer.Certificate], [Crl().Build()]);
        var revoked = await ValidateAsync(leaf, [ca.Certificate, crlIssuer.Certificate], [Crl().RevokeFor(ca.Certificate.SubjectDN, leaf.SerialNumber, Now.AddHours(-2)).Build()]);

        Assert.True(good.IsValid, PathHarness.Explain(good));
        Assert.Equal(SubIndication.RevokedNoPoe, revoked.SubIndication);
    }

    [Fact]
    public async Task Indirect_CRL_entry_of_another_certificate_issuer_does_not_revoke()
    {
        Ca ca = IssueCa("CN=CRL Test CA");
        Ca crlIssuer = IssueCa("CN=Indirect CRL Issuer", KeyUsage.CrlSign);
        BcCertificate leaf = IssueLeaf(ca, crlIssuer);
        byte[] crl = new TestCrlBuilder(crlIssuer.Certificate, crlIssuer.Key, Now.AddHours(-1), Now.AddDays(1)).WithScope(IndirectScope)
            .Revoke(leaf.SerialNumber, Now.AddHours(-2)) // no certificateIssuer yet: a certificate of the CRL issuer itself
            .RevokeFor(new X509Name("CN=Another CA"), leaf.SerialNumber, Now.AddHours(-2))
            .Build();

        var result = await ValidateAsync(leaf, [ca.Certificate, crlIssuer.Certificate], [crl]);

        Assert.True(result.IsValid, PathHarness.Explain(result));
    }

    [Fact]
    public async Task Indirect_CRL_is_refused_when_the_cRLIssuer_lacks_cRLSign()
    {
        Ca ca = IssueCa("CN=CRL Test CA");
        Ca crlIssuer = IssueCa("CN=Indirect CRL Issuer", KeyUsage.DigitalSignature);
        BcCertificate leaf = IssueLeaf(ca, crlIssuer);
        byte[] crl = new TestCrlBuilder(crlIssuer.Certificate, crlIssuer.Key, Now.AddHours(-1), Now.AddDays(1)).WithScope(IndirectScope).Build();

        var result = await ValidateAsync(leaf, [ca.Certificate, crlIssuer.Certificate], [crl]);

        Assert.Equal(SubIndication.TryLater, result.SubIndication);
    }

    [Fact]
    public async Task Indirect_CRL_is_refused_when_the_distribution_point_names_no_cRLIssuer()
    {
        Ca ca = IssueCa("CN=CRL Test CA");
        Ca crlIssuer = IssueCa("CN=Indirect CRL Issuer", KeyUsage.CrlSign);
        BcCertificate leaf = IssueLeaf(ca);
        byte[] crl = new TestCrlBuilder(crlIssuer.Certificate, crlIssuer.Key, Now.AddHours(-1), Now.AddDays(1)).WithScope(IndirectScope).Build();

        var result = await ValidateAsync(leaf, [ca.Certificate, crlIssuer.Certificate], [crl]);

        Assert.Equal(SubIndication.TryLater, result.SubIndication);
    }

    private static IssuingDistributionPoint IndirectScope => new(null, false, false, null, true, false);

    private async Task<PathValidationResult> ValidateAsync(BcCertificate leaf, BcCertificate[] candidates, byte[][] crls, BcCertificate? otherAnchor = null)
    {
        var options = new SignatureValidationOptions { Offline = true, FetchIssuerCertificates = false, ValidationTime = Now };
        options.TrustAnchors.Add(Pki.Root.Certificate);
        if (otherAnchor is not null)
        {
            options.TrustAnchors.Add(TestCertificates.ToBcl(otherAnchor));
        }

        options.Crls.Add(new TestCrlBuilder(Pki.Root, Now.AddHours(-1), Now.AddDays(1)).Build());
        foreach (byte[] crl in crls)
        {
            options.Crls.Add(crl);
        }

        var checker = new RevocationChecker(options, httpClient: null, new RevocationCache());
        X509Certificate2[] others = [.. candidates.Select(TestCertificates.ToBcl)];
        return await PathHarness.ValidateAsync(options, TestCertificates.ToBcl(leaf), others, Now, checker: checker);
    }

    private Ca IssueCa(string subject, int keyUsage = -1)
        => Issue(new CertificateSpec(subject) { CaPathLength = 0, KeyUsage = keyUsage < 0 ? CertificateSpec.CaKeyUsage : keyUsage }, new Ca(Pki.Root.BouncyCastleCertificate, Pki.Root.PrivateKey));

    private static Ca Issue(CertificateSpec spec, Ca? issuer)
    {
        var keys = TestCertificates.NewKeys();
        return new Ca(TestCertificates.Issue(spec, keys.Public, issuer?.Certificate, issuer?.Key ?? keys.Private), keys.Private);
    }

    private static BcCertificate IssueLeaf(Ca ca, Ca? crlIssuer = null)
    {
        DistributionPoint[] points = crlIssuer is null
            ? []
            : [new DistributionPoint(null, null, new GeneralNames(new GeneralName(crlIssuer.Certificate.SubjectDN)))];
        return TestCertificates.Issue(new CertificateSpec("CN=CRL Test Leaf") { CrlDistributionPoints = points }, TestCertificates.NewKeys().Public, ca.Certificate, ca.Key);
    }

    /// <summary>A certificate with its private key.</summary>
    private sealed record Ca(BcCertificate Certificate, AsymmetricKeyParameter Key);
}
