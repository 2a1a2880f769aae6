namespace Bsre.Sdk.Pdf.Tests.Hostile;

/// <summary>Hand-made hostile CMS structures: each ends in a typed error, without exhausting the stack.</summary>
public sealed class CmsHostileTests
{
    private static readonly byte[] SignedDataOid = [0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02];
    private static readonly byte[] DataOid = [0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x01];

    [Fact]
    public void A_certificate_nested_50000_sequences_deep_is_a_typed_error()
    {
        byte[] deep = [0x05, 0x00];
        for (int i = 0; i < 50_000; i++)
        {
            int n = deep.Length;
            deep = [0x30, 0x84, (byte)(n >> 24), (byte)(n >> 16), (byte)(n >> 8), (byte)n, .. deep];
        }

        // ContentInfo { signedData, [0] { SignedData { 1, {}, { data }, certificates [0] { deep }, {} } } }, indefinite lengths
        byte[] cms = [0x30, 0x80, .. SignedDataOid, 0xA0, 0x80, 0x30, 0x80, 0x02, 0x01, 0x01, 0x31, 0x00, 0x30, 0x80, .. DataOid, 0x00, 0x00,
            0xA0, 0x80, .. deep, 0x00, 0x00, 0x31, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
        HostileOutcome outcome = HostileOutcome.Cms(cms, null);
        Assert.True(outcome.Kind == HostileOutcomeKind.Typed, outcome.ToString());
    }

    [Fact]
    public void An_empty_signature_is_a_typed_error_that_names_it()
    {
        HostileOutcome outcome = HostileOutcome.Cms([], null);
        Assert.True(outcome.Kind == HostileOutcomeKind.Typed, outcome.ToString());
        Assert.Contains("empty", outcome.Exception!.Message, StringComparison.Ordinal);
    }
}
