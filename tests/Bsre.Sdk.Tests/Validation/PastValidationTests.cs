using Bsre.Sdk.Signing;
using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Tests.Validation;

/// <summary>
/// EN 319 102-1 past validation with live OCSP: a signing certificate revoked after the time a
/// signature timestamp proves still gives a valid signature; revoked before it, the signature fails.
/// </summary>
public sealed class PastValidationTests : IAsyncLifetime
{
    private TestPkiServices _services = null!;
    private TimestampAuthorityServer _pastTsa = null!;
    private static readonly HttpClient Http = new();

    private DateTimeOffset TimestampTime => _services.Pki.Now.AddMinutes(-30);

    public async Task InitializeAsync()
    {
        _services = await TestPkiServices.StartAsync();
        _pastTsa = await TimestampAuthorityServer.StartAsync(
            _services.Pki.Tsa, _services.Pki.Chain, new TimestampAuthorityOptions { TimeProvider = new FixedTimeProvider(TimestampTime) });
    }

    public async Task DisposeAsync()
    {
        await _pastTsa.DisposeAsync();
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task Revoked_after_the_timestamp_passes_with_a_warning()
    {
        var signer = await SignWithTimestampAndRevokeAsync(TimestampTime.AddMinutes(10));

        Assert.True(signer.Indication == ValidationIndication.TotalPassed, Cades.Describe(signer));
        Assert.Equal("CAdES-BASELINE-T", signer.Level);
        Assert.Contains(signer.Warnings, w => w.Contains("revoked", StringComparison.Ordinal));
        Assert.Equal(RevocationStatus.Revoked, signer.Chain[0].Revocation.Status);
    }

    [Fact]
    public async Task Revoked_before_the_timestamp_fails_as_revoked()
    {
        var signer = await SignWithTimestampAndRevokeAsync(TimestampTime.AddMinutes(-10));

        Assert.Equal(ValidationIndication.TotalFailed, signer.Indication);
        Assert.Equal(SubIndication.Revoked, signer.SubIndication);
    }

    [Fact]
    public async Task Revoked_without_a_timestamp_is_revoked_no_poe()
    {
        var signer = await SignAndRevokeAsync(new CadesSignatureOptions(), TimestampTime);

        Assert.Equal(ValidationIndication.Indeterminate, signer.Indication);
        Assert.Equal(SubIndication.RevokedNoPoe, signer.SubIndication);
        Assert.Equal(TimestampTime.ToUnixTimeSeconds(), signer.Chain[0].Revocation.RevokedAt?.ToUnixTimeSeconds());
    }

    private Task<SignatureValidationResult> SignWithTimestampAndRevokeAsync(DateTimeOffset revokedAt)
    {
        var options = new CadesSignatureOptions
        {
            Level = SignatureLevel.BaselineT,
            TimestampClient = new TimestampClient(Http, new TimestampClientOptions { Url = _pastTsa.Url }),
        };
        return SignAndRevokeAsync(options, revokedAt);
    }

    private async Task<SignatureValidationResult> SignAndRevokeAsync(CadesSignatureOptions options, DateTimeOffset revokedAt)
    {
        TestIdentity identity = _services.Pki.IssueSigner($"signer-{Guid.NewGuid():N}", "Revoked Later (TEST)", TestKeyAlgorithm.EcdsaP256);
        byte[] content = Cades.Content();
        byte[] cms = await Cades.SignDetachedAsync(identity, content, options);
        _services.Ocsp.Revoke(identity.Certificate, revokedAt, reason: 1);

        var validation = new SignatureValidationOptions();
        validation.TrustAnchors.Add(_services.Pki.Root.Certificate);
        var report = await new CadesValidator(validation, Http).ValidateAsync(new MemoryStream(cms), new MemoryStream(content));
        return Assert.Single(report.Signatures);
    }
}
