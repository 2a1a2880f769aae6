namespace Bsre.Sdk.Pdf.Signing;

/// <summary>Writes bytes as upper-case ASCII hex digits straight into a byte buffer (no intermediate string).</summary>
internal static class HexDigits
{
    public static void Write(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        ReadOnlySpan<byte> digits = "0123456789ABCDEF"u8;
        for (int i = 0; i < source.Length; i++)
        {
            destination[2 * i] = digits[source[i] >> 4];
            destination[(2 * i) + 1] = digits[source[i] & 0xF];
        }
    }
}
