namespace Bsre.Sdk.Pdf.Appearance;

/// <summary>Turns PNG or JPEG bytes into a PDF image; anything else is refused with a typed error.</summary>
internal static class ImageDecoder
{
    public static PdfImage Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return PngDecoder.Decode(bytes.ToArray());
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return JpegReader.Read(bytes.ToArray());
        }

        throw new DocumentFormatException("The image is neither a PNG nor a JPEG file.");
    }
}
