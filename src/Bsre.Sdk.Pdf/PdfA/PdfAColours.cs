using Bsre.Sdk.Pdf.Appearance;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.PdfA;

/// <summary>
/// Makes what an appearance draws obey a PDF/A document's colour and transparency rules: soft masks are flattened onto
/// white (ISO 19005-1 6.4 forbids them; for parts 2 and 3 flattening also keeps pages without an output intent free of
/// transparency, 19005-2 6.2.10), and device colour the output intent does not cover is made device-independent by
/// default colour spaces in the form's resources (ISO 19005-1 6.2.3.3, 19005-2 6.2.4.3).
/// </summary>
internal static class PdfAColours
{
    /// <summary>sRGB (IEC 61966-2-1) as a CalRGB space: D65 white point, gamma 2.2, the sRGB primaries' XYZ matrix.</summary>
    private static PdfArray CalRgb() => new([
        new PdfName("CalRGB"),
        new PdfDictionary
        {
            ["WhitePoint"] = PdfArray.OfNumbers(0.9505, 1, 1.089),
            ["Gamma"] = PdfArray.OfNumbers(2.2, 2.2, 2.2),
            ["Matrix"] = PdfArray.OfNumbers(0.4124, 0.2126, 0.0193, 0.3576, 0.7152, 0.1192, 0.1805, 0.0722, 0.9505),
        },
    ]);

    private static PdfArray CalGray() => new([
        new PdfName("CalGray"),
        new PdfDictionary { ["WhitePoint"] = PdfArray.OfNumbers(0.9505, 1, 1.089), ["Gamma"] = new PdfNumber(2.2) },
    ]);

    /// <summary>Adds /DefaultGray and /DefaultRGB to a form's resources where the output intent does not allow DeviceGray or DeviceRGB.</summary>
    public static void AddDefaultColourSpaces(PdfAProfile profile, PdfDictionary resources)
    {
        var spaces = new PdfDictionary();
        if (!profile.AllowsDeviceColour(1))
        {
            spaces["DefaultGray"] = CalGray();
        }

        if (!profile.AllowsDeviceColour(3))
        {
            spaces["DefaultRGB"] = CalRgb();
        }

        if (spaces.Entries.Count > 0)
        {
            resources["ColorSpace"] = spaces;
        }
    }

    /// <summary>Returns the image without transparency; a CMYK image the output intent does not allow is refused.</summary>
    public static PdfImage Conform(PdfAProfile profile, PdfImage image)
    {
        if (image.Dictionary.GetName("ColorSpace") == "DeviceCMYK" && !profile.AllowsDeviceColour(4))
        {
            throw new DocumentFormatException(
                $"The image is CMYK, but this PDF/A-{profile.Part} document's output intent is not CMYK (ISO 19005 allows DeviceCMYK only then); give an RGB or greyscale image.");
        }

        return image.SoftMask is { } mask ? Flatten(image, mask) : image;
    }

    /// <summary>Composites the colour samples over white through the mask's alpha: c' = c·a + max·(1 − a).</summary>
    private static PdfImage Flatten(PdfImage image, PdfImage mask)
    {
        byte[] color = Flate.Decompress(image.Data), alpha = Flate.Decompress(mask.Data);
        bool wide = (image.Dictionary["BitsPerComponent"] as PdfNumber)?.Value == 16;
        int components = image.Dictionary.GetName("ColorSpace") == "DeviceRGB" ? 3 : 1;
        int sampleBytes = wide ? 2 : 1, pixels = image.Width * image.Height;
        double max = wide ? 65535 : 255;
        for (int pixel = 0; pixel < pixels && ((pixel + 1) * components * sampleBytes) <= color.Length && ((pixel + 1) * sampleBytes) <= alpha.Length; pixel++)
        {
            double a = Sample(alpha, pixel * sampleBytes, wide) / max;
            for (int c = 0; c < components; c++)
            {
                int at = ((pixel * components) + c) * sampleBytes;
                int value = (int)Math.Round((Sample(color, at, wide) * a) + (max * (1 - a)));
                if (wide)
                {
                    color[at] = (byte)(value >> 8);
                    color[at + 1] = (byte)value;
                }
                else
                {
                    color[at] = (byte)value;
                }
            }
        }

        return image with { Data = Flate.Compress(color), SoftMask = null };
    }

    private static int Sample(byte[] data, int at, bool wide) => wide ? (data[at] << 8) | data[at + 1] : data[at];
}
