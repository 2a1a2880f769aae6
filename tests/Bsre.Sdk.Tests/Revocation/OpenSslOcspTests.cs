using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Tests.Revocation;

/// <summary>RevocationChecker against the real OpenSSL OCSP responder (openssl ocsp in file mode behind the loopback server).</summary>
[Collection(RevocationTestGroup.Name)]
public sealed class OpenSslOcspTests : IDisposable
{
    private readonly RevocationFixture _fixture;
    private readonly string _directory = Directory.CreateTempSubdirectory("bsre-openssl-ocsp-").FullName;

    public OpenSslOcspTests(RevocationFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [SkippableTheory]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task Good_certificate_passes(bool preferGet, bool nonce)
    {
        OpenSslOcspResponder responder = Start();
        SignatureValidationOptions options = RevocationFixture.Options(RevocationCheckMode.OcspOnly);
        options.Revocation.PreferGet = preferGet;
        options.Revocation.UseNonce = nonce;

        RevocationCheckResult result = await _fixture.CheckAsync(_fixture.Pki.SignerRsa.Certificate, options);

        Assert.True(result.Failure is null, string.Join("\n", result.Errors));
        Assert.Equal(RevocationStatus.Good, result.Info.Status);
        Assert.Equal(preferGet ? "GET" : "POST", _fixture.Server.LastOcspMethod);
        Assert.Equal(1, responder.Requests);
    }

    [SkippableFact]
    public async Task Revoked_certificate_is_revoked_with_reason_and_time()
    {
        Start();
        RevocationCheckResult result = await _fixture.CheckAsync(_fixture.Pki.SignerRevoked.Certificate, RevocationFixture.Options(RevocationCheckMode.OcspOnly));

        Assert.Equal(SubIndication.RevokedNoPoe, result.Failure);
        Assert.Equal("keyCompromise", result.Info.Reason);
        Assert.Equal(_fixture.Pki.Now.AddHours(-1).ToUnixTimeSeconds(), result.Info.RevokedAt!.Value.ToUnixTimeSeconds());
    }

    [SkippableFact]
    public async Task Certificate_missing_from_the_index_is_unknown()
    {
        Start();
        RevocationCheckResult result = await _fixture.CheckAsync(_fixture.Pki.SignerEcdsa.Certificate, RevocationFixture.Options(RevocationCheckMode.OcspOnly));

        Assert.Equal(SubIndication.TryLater, result.Failure);
        Assert.Equal(RevocationStatus.Unknown, result.Info.Status);
        Assert.Equal(RevocationSource.Ocsp, result.Info.Source);
    }

    private OpenSslOcspResponder Start()
    {
        InteropEnvironment.RequireOpenSsl();
        TestPki pki = _fixture.Pki;
        var responder = new OpenSslOcspResponder(pki, _directory, [pki.SignerRsa, pki.Tsa], [(pki.SignerRevoked, pki.Now.AddHours(-1), "keyCompromise")]);
        _fixture.Server.OcspHandler = responder.RespondAsync;
        return responder;
    }
}
