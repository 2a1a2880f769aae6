using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Tests.Validation;

/// <summary>The signature timestamp of B-T: it must cover this signature value, and counts only from a trusted TSA.</summary>
[Collection(PkiTestGroup.Name)]
public sealed class CadesTimestampValidationTests(PkiFixture fixture)
{
    private readonly byte[] _content = Cades.Content();

    [Fact]
    public async Task Timestamp_of_another_signature_is_TOTAL_FAILED_HASH_FAILURE()
    {
        byte[] cms = await Cades.SignDetachedAsync(fixture.Pki.SignerRsa, _content, fixture.Options(timestamp: true));
        byte[] other = await Cades.SignDetachedAsync(fixture.Pki.SignerRsa, Cades.Content(seed: 9), fixture.Options(timestamp: true));

        var result = await Cades.ValidateSingleAsync(CmsSurgery.WithUnsignedAttributesOf(cms, other), _content, fixture.TrustRoot());

        Assert.True(result.Indication == ValidationIndication.TotalFailed && result.SubIndication == SubIndication.HashFailure, Cades.Describe(result));
        Assert.Contains(result.Errors, e => e.Contains("timestamp", StringComparison.OrdinalIgnoreCase));
        Assert.Equal([(TimestampKind.Signature, ValidationIndication.TotalFailed, SubIndication.HashFailure)], result.Timestamps.Select(t => (t.Kind, t.Indication, t.SubIndication)));
    }

    [Fact]
    public async Task Timestamp_from_an_untrusted_TSA_is_reported_but_proves_nothing()
    {
        var foreign = fixture.OtherPki;
        await using var tsa = await TimestampAuthorityServer.StartAsync(foreign.Tsa, foreign.Chain);
        var options = fixture.Options(timestamp: true);
        options.TimestampClient = fixture.TimestampClient(tsa.Url);
        byte[] cms = await Cades.SignDetachedAsync(fixture.Pki.SignerRsa, _content, options);

        var result = await Cades.ValidateSingleAsync(cms, _content, fixture.TrustRoot());

        // The structure carries a signature timestamp (B-T, its time reported); its own result says it proves nothing.
        Assert.True(result.Indication == ValidationIndication.TotalPassed, Cades.Describe(result));
        Assert.Equal("CAdES-BASELINE-T", result.Level);
        TimestampValidationResult timestamp = Assert.Single(result.Timestamps);
        Assert.Equal(timestamp.Time, result.TimestampTime);
        Assert.Equal((TimestampKind.Signature, ValidationIndication.Indeterminate, foreign.Tsa.Subject), (timestamp.Kind, timestamp.Indication, timestamp.Tsa));
        Assert.Contains(result.Findings, f => f.Code == "TIMESTAMP_TSA_UNTRUSTED" && f.Severity == FindingSeverity.Warning);
    }
}
