using System.Globalization;
using Bsre.Sdk.Pdf.Appearance.Fonts;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Appearance;

/// <summary>Writes content-stream operators (text in the embedded font /F1, rectangles, image placement).</summary>
internal sealed class ContentBuilder : IDisposable
{
    private readonly MemoryStream _output = new();

    public ContentBuilder Op(string format, params double[] operands)
    {
        foreach (double operand in operands)
        {
            PdfSerializer.Ascii(_output, Math.Round(operand, 3).ToString("0.###", CultureInfo.InvariantCulture) + " ");
        }

        PdfSerializer.Ascii(_output, format + "\n");
        return this;
    }

    /// <summary>Draws one line of text, encoded by the font /F1 (<see cref="FontSubset.Encode"/>), with its baseline at (x, y).</summary>
    public ContentBuilder Text(PdfString encoded, double x, double y, double size)
    {
        Op("BT");
        PdfSerializer.Ascii(_output, "/F1 ");
        Op("Tf", size);
        Op("Td", x, y);
        PdfSerializer.Write(_output, encoded);
        return Op(" Tj ET");
    }

    /// <summary>Draws an XObject named <paramref name="name"/> into the box (x, y, w, h).</summary>
    public ContentBuilder Draw(string name, double x, double y, double width, double height) => Draw(name, width, 0, 0, height, x, y);

    /// <summary>Draws an XObject named <paramref name="name"/> through the matrix [a b c d e f].</summary>
    public ContentBuilder Draw(string name, double a, double b, double c, double d, double e, double f)
    {
        Op("q");
        Op("cm", a, b, c, d, e, f);
        PdfSerializer.Ascii(_output, "/" + name + " Do Q\n");
        return this;
    }

    public byte[] ToArray() => _output.ToArray();

    public void Dispose() => _output.Dispose();

    /// <summary>Returns the font size that fits <paramref name="lines"/> into the box, at most <paramref name="maxSize"/>.</summary>
    public static double FitFontSize(IReadOnlyList<string> lines, FontSubset font, double width, double height, double maxSize)
    {
        if (lines.Count == 0)
        {
            return maxSize;
        }

        double byHeight = height / (lines.Count * 1.2);
        double byWidth = width / Math.Max(0.01, lines.Max(font.Width));
        return Math.Max(2, Math.Min(maxSize, Math.Min(byHeight, byWidth)));
    }

    public static PdfStream Form(double width, double height, PdfDictionary resources, byte[] content) => new(
        new PdfDictionary
        {
            ["Type"] = new PdfName("XObject"),
            ["Subtype"] = new PdfName("Form"),
            ["BBox"] = PdfArray.OfNumbers(0, 0, width, height),
            ["Resources"] = resources,
        },
        content);
}
