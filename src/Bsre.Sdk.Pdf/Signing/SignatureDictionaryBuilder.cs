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
        using var output = new MemoryStream();
        PdfSerializer.Ascii(output, "<<");
        foreach (var (key, value) in entries.Entries)
        {
            PdfSerializer.Write(output, new PdfName(key));
            output.WriteByte((byte)' ');
            PdfSerializer.Write(output, value);
        }

        PdfSerializer.Ascii(output, "/ByteRange ");
        int byteRangeAt = (int)output.Position;
        PdfSerializer.Ascii(output, "[0 0 0 0]".PadRight(ByteRangeWidth));
        PdfSerializer.Ascii(output, "/Contents ");
        int contentsAt = (int)output.Position;
        output.WriteByte((byte)'<');
        output.Write(System.Text.Encoding.ASCII.GetBytes(new string('0', contentsCapacity * 2)));
        output.WriteByte((byte)'>');
        PdfSerializer.Ascii(output, ">>");
        return new SignatureDictionaryBytes(output.ToArray(), byteRangeAt, contentsAt, contentsCapacity);
    }
}
