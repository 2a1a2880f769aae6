using Bsre.Sdk.Testing;
using Bsre.Sdk.Testing.Revocation;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;
using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Tests.Revocation;

/// <summary>CRLs that cover only some reasons (onlySomeReasons) are combined until every reason is covered (RFC 5280 §6.3.3 reasons_mask).</summary>
[Collection(RevocationTestGroup.Name)]
public sealed class CrlReasonsTests(RevocationFixture fixture)
{
    private const int Compromise = ReasonFlags.KeyCompromise | ReasonFlags.CACompromise;
    private const int OtherReasons = ReasonFlags.AffiliationChanged | ReasonFlags.Superseded | ReasonFlags.CessationOfOperation
        | ReasonFlags.CertificateHold | ReasonFlags.PrivilegeWithdrawn | ReasonFlags.AACompromise;

    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private TestPki Pki => fixture.Pki;

    [Fact]
    public async Task CRLs_covering_all_reasons_together_show_good()
    {
        RevocationCheckResult result = await CheckAsync(Crl(Compromise).Build(), Crl(OtherReasons).Build());

        Assert.Null(result.Failure);
        Assert.Equal(RevocationStatus.Good, result.Info.Status);
    }

    [Fact]
    public async Task CRLs_covering_only_some_reasons_cannot_show_good()
    {
        RevocationCheckResult result = await CheckAsync(Crl(Compromise).Build(), Crl(Compromise, number: 2).Build());

        Assert.Equal(SubIndication.TryLater, result.Failure);
        Assert.Contains(result.Errors, e => e.Contains("only some revocation reasons", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Partial_CRL_listing_the_certificate_shows_revoked()
    {
        RevocationCheckResult result = await CheckAsync(Crl(Compromise).Build(), Crl(OtherReasons).Revoke(Pki.SignerRsa.Certificate, Now.AddHours(-2), 4).Build());

        Assert.Equal(SubIndication.RevokedNoPoe, result.Failure);
        Assert.Equal("superseded", result.Info.Reason);
    }

    private TestCrlBuilder Crl(int reasons, long number = 1)
        => new TestCrlBuilder(Pki.Intermediate, Now.AddHours(-1), Now.AddDays(1), number)
            .WithScope(new IssuingDistributionPoint(null, false, false, new ReasonFlags(reasons), false, false));

    private Task<RevocationCheckResult> CheckAsync(params byte[][] crls)
        => fixture.CheckAsync(Pki.SignerRsa.Certificate, RevocationFixture.Options(RevocationCheckMode.CrlOnly, offline: true), new RevocationEvidence(crls, []));
}
