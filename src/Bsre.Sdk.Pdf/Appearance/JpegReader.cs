using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Appearance;

/// <summary>Reads a JPEG's frame header (size, components) so it can be embedded unchanged with /DCTDecode.</summary>
internal static class JpegReader
{
    public static PdfImage Read(byte[] jpeg)
    {
        int p = 2;
        while (p + 4 <= jpeg.Length)
        {
            if (jpeg[p] != 0xFF)
            {
                break;
            }

            byte marker = jpeg[p + 1];
            int length = (jpeg[p + 2] << 8) | jpeg[p + 3];
            bool frame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (frame && p + 9 < jpeg.Length)
            {
                int height = (jpeg[p + 5] << 8) | jpeg[p + 6];
                int width = (jpeg[p + 7] << 8) | jpeg[p + 8];
                int components = jpeg[p + 9];
                string colorSpace = components switch
                {
                    1 => "DeviceGray",
                    3 => "DeviceRGB",
                    4 => "DeviceCMYK",
                    _ => throw new DocumentFormatException($"The JPEG has {components} colour components; 1, 3 or 4 are supported."),
                };
                var dictionary = PdfImage.ImageDictionary(width, height, colorSpace, 8);
                dictionary["Filter"] = new PdfName("DCTDecode");
                return width > 0 && height > 0
                    ? new PdfImage(width, height, dictionary, jpeg, null)
                    : throw new DocumentFormatException("The JPEG has no size.");
            }

            p += 2 + length;
        }

        throw new DocumentFormatException("The JPEG file is corrupt: no frame header found.");
    }
}
