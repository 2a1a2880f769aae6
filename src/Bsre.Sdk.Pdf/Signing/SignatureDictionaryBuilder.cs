using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>
/// Serialises a signature (or document timestamp) dictionary with a fixed-width /ByteRange slot and a
/// zero-filled /Contents placeholder at the end, and reports where both sit in the bytes.
/// </summary>
internal static class SignatureDictionaryBuilder
{
    /// <summary>Width reserved for the /ByteRange array text: "[0 a b c]" with three numbers of up to 12 digits, space padded.</summary>
    public const int ByteRangeWidth = 44;

    public static SignatureDictionaryBytes Build(PdfDictionary entries, int contentsCapacity)
    {
        using var head = new MemoryStream();
        PdfSerializer.Ascii(head, "<<");
        foreach (var (key, value) in entries.Entries)
        {
            PdfSerializer.Write(head, new PdfName(key));
            head.WriteByte((byte)' ');
            PdfSerializer.Write(head, value);
        }

        PdfSerializer.Ascii(head, "/ByteRange ");
        int byteRangeAt = (int)head.Position;
        PdfSerializer.Ascii(head, "[0 0 0 0]".PadRight(ByteRangeWidth));
        PdfSerializer.Ascii(head, "/Contents <");
        int headLength = (int)head.Length;

        // the placeholder (kilobytes of '0') is filled in the final array, never built as a string or grown in a stream
        byte[] bytes = new byte[headLength + (2 * contentsCapacity) + ">>>".Length];
        head.GetBuffer().AsSpan(0, headLength).CopyTo(bytes);
        bytes.AsSpan(headLength, 2 * contentsCapacity).Fill((byte)'0');
        ">>>"u8.CopyTo(bytes.AsSpan(headLength + (2 * contentsCapacity)));
        return new SignatureDictionaryBytes(bytes, byteRangeAt, headLength - 1, contentsCapacity);
    }
}
