using Bsre.Sdk.Tests.PathValidation;
using Bsre.Sdk.Testing.Revocation;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;
using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Tests.Revocation;

/// <summary>An indirect CRL downloaded from a distribution point that names its cRLIssuer.</summary>
[Collection(RevocationTestGroup.Name)]
public sealed class OnlineIndirectCrlTests
{
    private readonly RevocationFixture _fixture;

    public OnlineIndirectCrlTests(RevocationFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    [Fact]
    public async Task Indirect_CRL_is_fetched_only_when_its_cRLIssuer_is_at_hand()
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        var crlIssuerKeys = TestCertificates.NewKeys();
        var crlIssuer = TestCertificates.Issue(
            new CertificateSpec("CN=Online Indirect CRL Issuer") { KeyUsage = KeyUsage.CrlSign }, crlIssuerKeys.Public, _fixture.Pki.Root.BouncyCastleCertificate, _fixture.Pki.Root.PrivateKey);
        var url = new Uri(_fixture.Server.BaseUrl, "crl/indirect.crl");
        var point = new DistributionPoint(
            new DistributionPointName(new GeneralNames(new GeneralName(GeneralName.UniformResourceIdentifier, url.AbsoluteUri))), null, new GeneralNames(new GeneralName(crlIssuer.SubjectDN)));
        var leaf = TestCertificates.ToBcl(PathHarness.IssueLeafBc(
            _fixture.Pki.Intermediate.BouncyCastleCertificate, _fixture.Pki.Intermediate.PrivateKey, new CertificateSpec("CN=Online Indirect Leaf") { CrlDistributionPoints = [point] }));
        _fixture.Server.SetCrl("indirect.crl", new TestCrlBuilder(crlIssuer, crlIssuerKeys.Private, now.AddHours(-1), now.AddDays(1))
            .WithScope(new IssuingDistributionPoint(point.DistributionPointName, false, false, null, true, false))
            .RevokeFor(_fixture.Pki.Intermediate.BouncyCastleCertificate.SubjectDN, new Org.BouncyCastle.Math.BigInteger(1, leaf.SerialNumberBytes.ToArray()), now.AddHours(-2))
            .Build());
        RevocationChecker checker = _fixture.Checker(RevocationFixture.Options(RevocationCheckMode.CrlOnly));

        RevocationCheckResult without = await checker.CheckAsync(leaf, _fixture.Issuer, now, RevocationEvidence.Empty, CancellationToken.None);
        int requestsWithout = _fixture.Server.CrlRequests;
        RevocationCheckResult with = await checker.CheckAsync(leaf, _fixture.Issuer, [TestCertificates.ToBcl(crlIssuer)], now, RevocationEvidence.Empty, CancellationToken.None);

        Assert.Equal(SubIndication.TryLater, without.Failure);
        Assert.Equal(0, requestsWithout);
        Assert.Equal(SubIndication.RevokedNoPoe, with.Failure);
        Assert.Equal(RevocationSource.Crl, with.Info.Source);
    }
}
