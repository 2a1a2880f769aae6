using Bsre.Sdk.Testing.Revocation;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Tests.Revocation;

/// <summary>RevocationChecker against the OCSP responder over HTTP on 127.0.0.1 (OCSP only, so the CRL cannot rescue).</summary>
[Collection(RevocationTestGroup.Name)]
public sealed class OnlineOcspTests
{
    private readonly RevocationFixture _fixture;

    public OnlineOcspTests(RevocationFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    [Theory]
    [InlineData(false, "POST")]
    [InlineData(true, "GET")]
    public async Task Good_certificate_passes(bool preferGet, string method)
    {
        SignatureValidationOptions options = RevocationFixture.Options(RevocationCheckMode.OcspOnly);
        options.Revocation.PreferGet = preferGet;

        RevocationCheckResult result = await _fixture.CheckAsync(_fixture.Pki.SignerRsa.Certificate, options);

        Assert.Null(result.Failure);
        Assert.Equal(RevocationStatus.Good, result.Info.Status);
        Assert.Equal(RevocationSource.Ocsp, result.Info.Source);
        Assert.NotNull(result.Info.ProducedAt);
        Assert.Equal(method, _fixture.Server.LastOcspMethod);
    }

    [Fact]
    public async Task Revoked_certificate_is_revoked_with_reason_and_time()
    {
        RevocationCheckResult result = await _fixture.CheckAsync(_fixture.Pki.SignerRevoked.Certificate, RevocationFixture.Options(RevocationCheckMode.OcspOnly));

        Assert.Equal(SubIndication.RevokedNoPoe, result.Failure);
        Assert.Equal(RevocationStatus.Revoked, result.Info.Status);
        Assert.Equal("keyCompromise", result.Info.Reason);
        Assert.Equal(_fixture.Pki.Now.AddHours(-1).ToUnixTimeSeconds(), result.Info.RevokedAt!.Value.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Unknown_certificate_is_unknown_and_try_later_without_a_CRL()
    {
        var stranger = _fixture.Pki.IssueSigner("stranger-" + Guid.NewGuid().ToString("N")[..8], "Orang Asing", Bsre.Sdk.Testing.TestKeyAlgorithm.EcdsaP256);
        _fixture.Responder.MarkUnknown(stranger.Certificate);

        RevocationCheckResult ocspOnly = await _fixture.CheckAsync(stranger.Certificate, RevocationFixture.Options(RevocationCheckMode.OcspOnly));
        Assert.Equal(SubIndication.TryLater, ocspOnly.Failure);
        Assert.Equal(RevocationStatus.Unknown, ocspOnly.Info.Status);
        Assert.Equal(RevocationSource.Ocsp, ocspOnly.Info.Source);

        RevocationCheckResult withCrl = await _fixture.CheckAsync(stranger.Certificate, RevocationFixture.Options(RevocationCheckMode.OcspThenCrl));
        Assert.Null(withCrl.Failure);
        Assert.Equal(RevocationSource.Crl, withCrl.Info.Source);
    }

    [Theory]
    [InlineData("stale")]
    [InlineData("wrong key")]
    [InlineData("not a responder")]
    [InlineData("nonce mismatch")]
    [InlineData("tryLater status")]
    [InlineData("garbage")]
    [InlineData("truncated")]
    public async Task Unacceptable_answers_make_it_try_later(string problem)
    {
        _fixture.Responder.Options = problem switch
        {
            "stale" => new TestOcspResponderOptions { ThisUpdateOffset = TimeSpan.FromDays(-3), NextUpdateOffset = TimeSpan.FromDays(-2) },
            "wrong key" => new TestOcspResponderOptions { SigningKeyOverride = _fixture.Pki.Tsa.PrivateKey },
            "not a responder" => new TestOcspResponderOptions { Signer = _fixture.Pki.Tsa },
            "nonce mismatch" => new TestOcspResponderOptions { Nonce = OcspNonceBehavior.Wrong },
            "tryLater status" => new TestOcspResponderOptions { ResponseStatus = 3 },
            "garbage" => new TestOcspResponderOptions { RawResponse = "<html>Service Unavailable</html>"u8.ToArray() },
            _ => new TestOcspResponderOptions { RawResponse = _fixture.Responder.CreateResponse(_fixture.Pki.SignerRsa.Certificate)[..100] },
        };
        var cache = new RevocationCache();

        RevocationCheckResult result = await _fixture.CheckAsync(_fixture.Pki.SignerRsa.Certificate, RevocationFixture.Options(RevocationCheckMode.OcspOnly), cache: cache);

        Assert.Equal(SubIndication.TryLater, result.Failure);
        Assert.NotEqual(RevocationStatus.Good, result.Info.Status);
        Assert.Contains(result.Errors, e => e.StartsWith("OCSP http://127.0.0.1", StringComparison.Ordinal));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task Responder_down_makes_it_try_later()
    {
        _fixture.Server.StatusCode = 503;
        RevocationCheckResult result = await _fixture.CheckAsync(_fixture.Pki.SignerRsa.Certificate, RevocationFixture.Options(RevocationCheckMode.OcspOnly));

        Assert.Equal(SubIndication.TryLater, result.Failure);
        Assert.Contains(result.Errors, e => e.Contains("HTTP 503", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Slow_responder_times_out()
    {
        _fixture.Server.Delay = TimeSpan.FromSeconds(10);
        SignatureValidationOptions options = RevocationFixture.Options(RevocationCheckMode.OcspOnly);
        options.Revocation.Timeout = TimeSpan.FromMilliseconds(300);

        RevocationCheckResult result = await _fixture.CheckAsync(_fixture.Pki.SignerRsa.Certificate, options);

        Assert.Equal(SubIndication.TryLater, result.Failure);
        Assert.Contains(result.Errors, e => e.Contains("did not answer within", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Oversized_response_is_refused()
    {
        SignatureValidationOptions options = RevocationFixture.Options(RevocationCheckMode.OcspOnly);
        options.Revocation.MaxOcspResponseSize = 200;

        RevocationCheckResult result = await _fixture.CheckAsync(_fixture.Pki.SignerRsa.Certificate, options);

        Assert.Equal(SubIndication.TryLater, result.Failure);
        Assert.Contains(result.Errors, e => e.Contains("too large", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Caller_cancellation_escapes_as_OperationCanceledException()
    {
        _fixture.Server.Delay = TimeSpan.FromSeconds(10);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        RevocationChecker checker = _fixture.Checker(RevocationFixture.Options(RevocationCheckMode.OcspOnly));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => checker.CheckAsync(
            _fixture.Pki.SignerRsa.Certificate, _fixture.Issuer, DateTimeOffset.UtcNow, RevocationEvidence.Empty, cancellation.Token));
    }
}
