using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Tests.PathValidation;

/// <summary>Revocation through <see cref="IRevocationChecker"/> for each certificate of the path, and the path cache.</summary>
[Collection(PkiTestGroup.Name)]
public sealed class RevocationAndCacheTests(PkiFixture fixture)
{
    private TestPki Pki => fixture.Pki;

    [Fact]
    public async Task Checker_is_asked_for_every_certificate_but_the_anchor_with_the_next_as_issuer()
    {
        var checker = new FakeRevocationChecker();

        var result = await PathHarness.ValidateAsync(fixture.TrustRoot(), Pki.SignerRsa.Certificate, [Pki.Intermediate.Certificate], Pki.Now, checker: checker);

        Assert.True(result.IsValid, PathHarness.Explain(result));
        Assert.Equal([(Pki.SignerRsa.Subject, Pki.Intermediate.Subject), (Pki.Intermediate.Subject, Pki.Root.Subject)], checker.Calls);
        Assert.Equal([RevocationStatus.Good, RevocationStatus.Good, RevocationStatus.Unchecked], result.Chain.Select(c => c.Revocation.Status));
    }

    [Fact]
    public async Task Revoked_signing_certificate_is_REVOKED_NO_POE_with_the_revocation_time()
    {
        var revokedAt = Pki.Now.AddHours(-1);
        var checker = new FakeRevocationChecker();
        checker.Results[Pki.SignerRevoked.Subject] = FakeRevocationChecker.Revoked(revokedAt);

        var result = await PathHarness.ValidateAsync(fixture.TrustRoot(), Pki.SignerRevoked.Certificate, [Pki.Intermediate.Certificate], Pki.Now, checker: checker);

        Assert.Equal(SubIndication.RevokedNoPoe, result.SubIndication);
        Assert.Equal(revokedAt, result.RevokedAt);
        Assert.StartsWith($"The signing certificate '{Pki.SignerRevoked.Subject}' was revoked at ", result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoked_intermediate_is_REVOKED_CA_NO_POE()
    {
        var checker = new FakeRevocationChecker();
        checker.Results[Pki.Intermediate.Subject] = FakeRevocationChecker.Revoked(Pki.Now.AddDays(-1));

        var result = await PathHarness.ValidateAsync(fixture.TrustRoot(), Pki.SignerRsa.Certificate, [Pki.Intermediate.Certificate], Pki.Now, checker: checker);

        Assert.Equal(SubIndication.RevokedCaNoPoe, result.SubIndication);
        Assert.Contains("intermediate certificate", result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unavailable_revocation_data_is_TRY_LATER()
    {
        var checker = new FakeRevocationChecker();
        checker.Results[Pki.SignerRsa.Subject] = RevocationCheckResult.Unavailable("no CRL or OCSP response at hand");

        var result = await PathHarness.ValidateAsync(fixture.TrustRoot(), Pki.SignerRsa.Certificate, [Pki.Intermediate.Certificate], Pki.Now, checker: checker);

        Assert.Equal(SubIndication.TryLater, result.SubIndication);
        Assert.Contains("no CRL or OCSP response at hand", result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revocation_is_retried_with_a_separate_CRL_signing_certificate_of_the_same_CA()
    {
        var crlKeys = TestCertificates.NewKeys();
        var crlSigner = TestCertificates.ToBcl(TestCertificates.Issue(
            new CertificateSpec(Pki.Intermediate.BouncyCastleCertificate.SubjectDN) { CaPathLength = 0, KeyUsage = Org.BouncyCastle.Asn1.X509.KeyUsage.CrlSign },
            crlKeys.Public,
            Pki.Root.BouncyCastleCertificate,
            Pki.Root.PrivateKey));
        var checker = new FakeRevocationChecker
        {
            ByIssuer = (certificate, issuer) => certificate.Equals(Pki.SignerRsa.Certificate)
                ? issuer.RawData.AsSpan().SequenceEqual(crlSigner.RawData) ? null : RevocationCheckResult.Unavailable("CRL signed by another key")
                : null,
        };

        var result = await PathHarness.ValidateAsync(fixture.TrustRoot(), Pki.SignerRsa.Certificate, [Pki.Intermediate.Certificate, crlSigner], Pki.Now, checker: checker);

        Assert.True(result.IsValid, PathHarness.Explain(result));
        Assert.Equal(RevocationStatus.Good, result.Chain[0].Revocation.Status);
        Assert.Contains(checker.CrlIssuers, others => others.Any(c => c.RawData.AsSpan().SequenceEqual(crlSigner.RawData)));
    }

    [Fact]
    public async Task Ocsp_responder_with_ocsp_nocheck_is_not_checked_itself()
    {
        var checker = new FakeRevocationChecker();

        var result = await PathHarness.ValidateAsync(
            fixture.TrustRoot(), Pki.OcspResponder.Certificate, [Pki.Intermediate.Certificate], Pki.Now, CertificateUsage.OcspSigning, checker);

        Assert.True(result.IsValid, PathHarness.Explain(result));
        Assert.DoesNotContain(checker.Calls, c => c.Subject == Pki.OcspResponder.Subject);
    }

    [Fact]
    public async Task Warm_cache_reuses_the_path_and_still_checks_revocation()
    {
        var cache = new PathCache();
        var checker = new FakeRevocationChecker();
        await PathHarness.ValidateAsync(fixture.TrustRoot(), Pki.SignerEcdsa.Certificate, [Pki.Intermediate.Certificate], Pki.Now, cache: cache);

        var warm = await PathHarness.ValidateAsync(fixture.TrustRoot(), Pki.SignerEcdsa.Certificate, [], Pki.Now, checker: checker, cache: cache);

        Assert.True(warm.IsValid, PathHarness.Explain(warm));
        Assert.Equal(1, cache.Count);
        Assert.Equal(2, checker.Calls.Count);
    }

    [Fact]
    public async Task Cached_path_is_not_used_outside_its_validity_window()
    {
        var cache = new PathCache();
        await PathHarness.ValidateAsync(fixture.TrustRoot(), Pki.SignerEcdsa.Certificate, [Pki.Intermediate.Certificate], Pki.Now, cache: cache);

        var late = await PathHarness.ValidateAsync(fixture.TrustRoot(), Pki.SignerEcdsa.Certificate, [Pki.Intermediate.Certificate], Pki.Now.AddYears(3), cache: cache);

        Assert.Equal(SubIndication.OutOfBoundsNoPoe, late.SubIndication);
    }
}
