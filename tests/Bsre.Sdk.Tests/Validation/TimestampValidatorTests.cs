using System.Security.Cryptography;
using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Tests.Validation;

/// <summary>The core's public check of an RFC 3161 token over the data it stamps (what a PDF document timestamp uses).</summary>
[Collection(PkiTestGroup.Name)]
public sealed class TimestampValidatorTests(PkiFixture fixture)
{
    private readonly byte[] _data = Cades.Content();

    [Fact]
    public async Task A_token_over_its_data_passes_with_its_TSA_and_generation_time()
    {
        ReadOnlyMemory<byte> token = await StampAsync(_data);

        var result = await new TimestampValidator(fixture.TrustRoot()).ValidateAsync(token, new MemoryStream(_data));

        Assert.True(result.Indication == ValidationIndication.TotalPassed, Cades.Describe(result));
        Assert.Equal((SignatureKind.DocumentTimestamp, fixture.Pki.Tsa.Subject, fixture.TimestampTime), (result.Kind, result.SigningCertificate?.Subject, result.TimestampTime));
    }

    [Fact]
    public async Task A_token_over_other_data_is_TOTAL_FAILED_HASH_FAILURE()
    {
        ReadOnlyMemory<byte> token = await StampAsync(Cades.Content(seed: 7));

        var result = await new TimestampValidator(fixture.TrustRoot()).ValidateAsync(token, new MemoryStream(_data));

        Assert.Equal((ValidationIndication.TotalFailed, SubIndication.HashFailure), (result.Indication, result.SubIndication));
        Assert.Contains(result.Findings, f => f.Code == FindingCodes.TimestampImprintMismatch);
    }

    [Fact]
    public async Task A_token_from_a_TSA_outside_the_trust_anchors_is_INDETERMINATE()
    {
        ReadOnlyMemory<byte> token = await StampAsync(_data);

        var result = await new TimestampValidator(PkiFixture.Trust(fixture.OtherPki.Root)).ValidateAsync(token, new MemoryStream(_data));

        Assert.True(result.Indication == ValidationIndication.Indeterminate, Cades.Describe(result));
        Assert.Contains(result.Findings, f => f.Code == FindingCodes.CertificatePathInvalid);
    }

    [Fact]
    public async Task Bytes_that_are_no_token_are_TOTAL_FAILED_FORMAT_FAILURE()
    {
        var result = await new TimestampValidator(fixture.TrustRoot()).ValidateAsync(new byte[] { 0x30, 0x03, 0x02, 0x01, 0x01 }, new MemoryStream(_data));

        Assert.Equal((ValidationIndication.TotalFailed, SubIndication.FormatFailure), (result.Indication, result.SubIndication));
        Assert.Contains(result.Findings, f => f.Code == FindingCodes.TimestampUnreadable);
    }

    private async Task<ReadOnlyMemory<byte>> StampAsync(byte[] data)
        => (await fixture.TimestampClient().RequestAsync(SHA256.HashData(data), HashAlgorithmName.SHA256)).RawData;
}
