using Bsre.Sdk.Testing.Revocation;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Tests.Revocation;

/// <summary>RevocationChecker downloading CRLs served over HTTP on 127.0.0.1.</summary>
[Collection(RevocationTestGroup.Name)]
public sealed class OnlineCrlTests
{
    private readonly RevocationFixture _fixture;

    public OnlineCrlTests(RevocationFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    [Fact]
    public async Task Good_certificate_passes_with_the_CRL()
    {
        RevocationCheckResult result = await CheckAsync(_fixture.Pki.SignerRsa.Certificate);

        Assert.Null(result.Failure);
        Assert.Equal(RevocationStatus.Good, result.Info.Status);
        Assert.Equal(RevocationSource.Crl, result.Info.Source);
        Assert.Equal(1, _fixture.Server.CrlRequests);
        Assert.Equal(0, _fixture.Server.OcspRequests);
    }

    [Fact]
    public async Task Revoked_certificate_is_revoked_with_reason_and_time()
    {
        RevocationCheckResult result = await CheckAsync(_fixture.Pki.SignerRevoked.Certificate);

        Assert.Equal(SubIndication.RevokedNoPoe, result.Failure);
        Assert.Equal("keyCompromise", result.Info.Reason);
        Assert.Equal(_fixture.Pki.Now.AddHours(-1).ToUnixTimeSeconds(), result.Info.RevokedAt!.Value.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Intermediate_is_checked_with_the_roots_CRL()
    {
        RevocationCheckResult result = await _fixture.Checker(RevocationFixture.Options()).CheckAsync(
            _fixture.Pki.Intermediate.Certificate, _fixture.Pki.Root.Certificate, Now, RevocationEvidence.Empty, CancellationToken.None);

        Assert.Null(result.Failure);
        Assert.Equal(RevocationSource.Crl, result.Info.Source);
        Assert.Contains(result.Errors, e => e.StartsWith("OCSP:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("wrong key")]
    [InlineData("garbage")]
    [InlineData("missing")]
    public async Task Unusable_CRL_makes_it_try_later(string problem)
    {
        byte[]? crl = problem switch
        {
            "expired" => new TestCrlBuilder(_fixture.Pki.Intermediate, Now.AddDays(-10), Now.AddDays(-3)).Build(),
            "wrong key" => new TestCrlBuilder(_fixture.Pki.Intermediate, Now.AddHours(-1), Now.AddDays(1)).SignWith(_fixture.Pki.Root.PrivateKey).Build(),
            "garbage" => [0x30, 0x84, 0x7F, 0xFF, 0xFF, 0xFF, 0x01],
            _ => null,
        };
        _fixture.Server.SetCrl("intermediate.crl", crl);
        var cache = new RevocationCache();

        RevocationCheckResult result = await CheckAsync(_fixture.Pki.SignerRsa.Certificate, cache: cache);

        Assert.Equal(SubIndication.TryLater, result.Failure);
        Assert.Contains(result.Errors, e => e.StartsWith("CRL http://127.0.0.1", StringComparison.Ordinal));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task Oversized_CRL_is_refused()
    {
        SignatureValidationOptions options = RevocationFixture.Options(RevocationCheckMode.CrlOnly);
        options.Revocation.MaxCrlSize = 100;

        RevocationCheckResult result = await _fixture.CheckAsync(_fixture.Pki.SignerRsa.Certificate, options);

        Assert.Equal(SubIndication.TryLater, result.Failure);
        Assert.Contains(result.Errors, e => e.Contains("too large", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CRL_is_the_fallback_when_the_OCSP_responder_answers_garbage()
    {
        _fixture.Responder.Options = new TestOcspResponderOptions { RawResponse = [0x30, 0x03, 0x0A, 0x01] };

        RevocationCheckResult result = await _fixture.CheckAsync(_fixture.Pki.SignerRevoked.Certificate, RevocationFixture.Options());

        Assert.Equal(SubIndication.RevokedNoPoe, result.Failure);
        Assert.Equal(RevocationSource.Crl, result.Info.Source);
        Assert.Contains(result.Errors, e => e.StartsWith("OCSP http", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CrlThenOcsp_asks_the_CRL_first()
    {
        RevocationCheckResult result = await _fixture.CheckAsync(_fixture.Pki.SignerRsa.Certificate, RevocationFixture.Options(RevocationCheckMode.CrlThenOcsp));

        Assert.Equal(RevocationSource.Crl, result.Info.Source);
        Assert.Equal(0, _fixture.Server.OcspRequests);
    }

    private Task<RevocationCheckResult> CheckAsync(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate, RevocationCache? cache = null)
        => _fixture.CheckAsync(certificate, RevocationFixture.Options(RevocationCheckMode.CrlOnly), cache: cache);
}
