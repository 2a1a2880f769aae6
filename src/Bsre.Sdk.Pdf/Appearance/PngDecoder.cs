using System.Buffers.Binary;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Appearance;

/// <summary>
/// Decodes a (non-interlaced) PNG with System.IO.Compression: grey, RGB and palette images become
/// Flate image XObjects; an alpha channel becomes a soft mask.
/// </summary>
internal static class PngDecoder
{
    public static PdfImage Decode(byte[] png)
    {
        int width = 0, height = 0, depth = 0, colorType = -1;
        byte[]? palette = null;
        using var idat = new MemoryStream();
        int p = 8;
        while (p + 8 <= png.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(p));
            string type = System.Text.Encoding.ASCII.GetString(png, p + 4, 4);
            if (length < 0 || p + 12 + length > png.Length)
            {
                throw new DocumentFormatException("The PNG file is truncated.");
            }

            var data = png.AsSpan(p + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    depth = data[8];
                    colorType = data[9];
                    if (data[12] != 0)
                    {
                        throw new DocumentFormatException("Interlaced PNG images are not supported; save the image without interlacing.");
                    }

                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }

            p += 12 + length;
        }

        if (width <= 0 || height <= 0 || colorType < 0 || idat.Length == 0)
        {
            throw new DocumentFormatException("The PNG file has no image data.");
        }

        return Build(width, height, depth, colorType, palette, idat.ToArray());
    }

    private static PdfImage Build(int width, int height, int depth, int colorType, byte[]? palette, byte[] compressed)
    {
        int channels = colorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => throw new DocumentFormatException("Unknown PNG colour type.") };
        var parms = new PdfDictionary
        {
            ["Predictor"] = new PdfNumber(15),
            ["Colors"] = new PdfNumber(channels),
            ["BitsPerComponent"] = new PdfNumber(depth),
            ["Columns"] = new PdfNumber(width),
        };
        byte[] pixels;
        try
        {
            pixels = PngPredictor.Undo(Flate.Decompress(compressed), parms);
        }
        catch (Exception e) when (e is InvalidDataException or IndexOutOfRangeException or DocumentFormatException)
        {
            throw new DocumentFormatException("The PNG image data is corrupt.", e);
        }

        bool alpha = colorType is 4 or 6;
        int colorChannels = alpha ? channels - 1 : channels;
        int sampleBytes = Math.Max(1, depth / 8);
        byte[] color = alpha ? new byte[width * height * colorChannels * sampleBytes] : pixels;
        byte[]? mask = alpha ? new byte[width * height * sampleBytes] : null;
        if (alpha)
        {
            int pixel = channels * sampleBytes;
            for (int i = 0, c = 0, m = 0; i + pixel <= pixels.Length && m < mask!.Length; i += pixel)
            {
                pixels.AsSpan(i, colorChannels * sampleBytes).CopyTo(color.AsSpan(c));
                c += colorChannels * sampleBytes;
                pixels.AsSpan(i + (colorChannels * sampleBytes), sampleBytes).CopyTo(mask.AsSpan(m));
                m += sampleBytes;
            }
        }

        var dictionary = PdfImage.ImageDictionary(width, height, colorChannels == 3 ? "DeviceRGB" : "DeviceGray", depth);
        dictionary["Filter"] = new PdfName("FlateDecode");
        if (colorType == 3)
        {
            dictionary["ColorSpace"] = new PdfArray([new PdfName("Indexed"), new PdfName("DeviceRGB"), new PdfNumber(((palette?.Length ?? 3) / 3) - 1), new PdfString(palette ?? [0, 0, 0], isHex: true)]);
        }

        PdfImage? softMask = mask is null ? null : new PdfImage(width, height, WithFlate(PdfImage.ImageDictionary(width, height, "DeviceGray", depth)), Flate.Compress(mask), null);
        return new PdfImage(width, height, dictionary, Flate.Compress(color), softMask);
    }

    private static PdfDictionary WithFlate(PdfDictionary dictionary)
    {
        dictionary["Filter"] = new PdfName("FlateDecode");
        return dictionary;
    }
}
