using System.Globalization;
using System.Text;

namespace Bsre.Sdk.Pdf.Tests.Placement;

/// <summary>
/// A one-page PDF written by the test: its MediaBox, CropBox, /Rotate (on the page, or inherited from the /Pages node)
/// and /UserUnit as given, with grey text (including the anchor <c>${ttd}</c>) and a grey frame around the MediaBox.
/// </summary>
public sealed record GeneratedPage(string Name, double[] MediaBox, double[]? CropBox = null, int Rotate = 0, bool RotateInherited = false, double UserUnit = 1)
{
    public const string Anchor = "${ttd}";

    /// <summary>Gets where the anchor text is drawn, in default user space (its baseline's start).</summary>
    public (double X, double Y) AnchorAt => (MediaBox[0] + ((MediaBox[2] - MediaBox[0]) * 0.6), MediaBox[1] + ((MediaBox[3] - MediaBox[1]) * 0.3));

    public override string ToString() => Name;

    public byte[] ToPdf()
    {
        var (ax, ay) = AnchorAt;
        string content = F($"0.5 g 0.5 G 2 w {MediaBox[0] + 10} {MediaBox[1] + 10} {MediaBox[2] - MediaBox[0] - 20} {MediaBox[3] - MediaBox[1] - 20} re S\n")
            + F($"BT /F1 12 Tf {MediaBox[0] + 40} {MediaBox[3] - 60} Td (Surat keputusan halaman uji) Tj ET\n")
            + F($"BT /F1 11 Tf {ax} {ay} Td ({Anchor.Replace("{", "\\{", StringComparison.Ordinal).Replace("}", "\\}", StringComparison.Ordinal)}) Tj ET\n");
        string page = "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >>"
            + (CropBox is null ? string.Empty : F($" /CropBox [{CropBox[0]} {CropBox[1]} {CropBox[2]} {CropBox[3]}]"))
            + (RotateInherited ? string.Empty : F($" /Rotate {Rotate}"))
            + (UserUnit == 1 ? string.Empty : F($" /UserUnit {UserUnit}"))
            + " >>";
        string pages = F($"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [{MediaBox[0]} {MediaBox[1]} {MediaBox[2]} {MediaBox[3]}]")
            + (RotateInherited ? F($" /Rotate {Rotate}") : string.Empty) + " >>";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            pages,
            page,
            F($"<< /Length {content.Length} >>\nstream\n{content}\nendstream"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ];
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (int i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(F($"{i + 1} 0 obj\n{objects[i]}\nendobj\n"));
        }

        int xref = pdf.Length;
        pdf.Append(F($"xref\n0 {objects.Length + 1}\n0000000000 65535 f\r\n"));
        foreach (int offset in offsets)
        {
            pdf.Append(F($"{offset:D10} 00000 n\r\n"));
        }

        pdf.Append(F($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
