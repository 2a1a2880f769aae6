namespace Bsre.Sdk.Pdf.Raw;

/// <summary>Reads a page's inheritable attributes and its boxes (ISO 32000-1 §7.7.3.4 and Table 30; rectangles §7.9.5).</summary>
internal static class PageAttributes
{
    /// <summary>How many /Parent links an inherited attribute is looked up through.</summary>
    private const int MaxDepth = 64;

    /// <summary>Reads a page attribute from the page or its nearest ancestor (MediaBox, CropBox, Rotate and Resources are inheritable).</summary>
    public static PdfObject? Inherited(PdfFile file, PdfDictionary page, string key)
    {
        PdfDictionary? node = page;
        for (int depth = 0; node is not null && depth < MaxDepth; depth++)
        {
            if (node[key] is { } value && value is not PdfKeyword { Text: "null" })
            {
                return value;
            }

            node = file.ResolveDictionary(node["Parent"]);
        }

        return null;
    }

    /// <summary>A rectangle as [llx lly urx ury], normalised (any two opposite corners may be given); <see langword="null"/> when it is not four numbers enclosing an area.</summary>
    public static double[]? Box(PdfFile file, PdfObject? value)
    {
        if (file.Resolve(value) is not PdfArray { Items.Count: 4 } array)
        {
            return null;
        }

        double[] numbers = array.Items.Select(item => file.Resolve(item) is PdfNumber n && double.IsFinite(n.Value) ? n.Value : double.NaN).ToArray();
        if (numbers.Any(double.IsNaN))
        {
            return null;
        }

        double[] box = [Math.Min(numbers[0], numbers[2]), Math.Min(numbers[1], numbers[3]), Math.Max(numbers[0], numbers[2]), Math.Max(numbers[1], numbers[3])];
        return box[2] - box[0] > 0 && box[3] - box[1] > 0 ? box : null;
    }
}
