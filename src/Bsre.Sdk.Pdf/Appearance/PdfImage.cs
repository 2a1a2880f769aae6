using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Appearance;

/// <summary>An image XObject ready to write: its dictionary entries, encoded data, size and optional soft mask.</summary>
internal sealed record PdfImage(int Width, int Height, PdfDictionary Dictionary, byte[] Data, PdfImage? SoftMask)
{
    /// <summary>Adds the image (and its soft mask) to the update and returns its reference.</summary>
    public PdfReference AddTo(IncrementalUpdate update)
    {
        var dictionary = Dictionary.Clone();
        if (SoftMask is not null)
        {
            dictionary["SMask"] = SoftMask.AddTo(update);
        }

        return update.Add(new PdfStream(dictionary, Data));
    }

    public static PdfDictionary ImageDictionary(int width, int height, string colorSpace, int bitsPerComponent) => new()
    {
        ["Type"] = new PdfName("XObject"),
        ["Subtype"] = new PdfName("Image"),
        ["Width"] = new PdfNumber(width),
        ["Height"] = new PdfNumber(height),
        ["ColorSpace"] = new PdfName(colorSpace),
        ["BitsPerComponent"] = new PdfNumber(bitsPerComponent),
    };
}
