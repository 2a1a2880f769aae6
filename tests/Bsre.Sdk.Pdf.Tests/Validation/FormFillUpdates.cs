using System.Globalization;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>
/// Appends many tiny form-fill updates to a signed PDF: one (through <see cref="IncrementalUpdate"/>) that adds a
/// text field, then one per new value of that field, each a single object and a classic xref section written by
/// hand so that making them stays linear. Shared with the benchmarks.
/// </summary>
internal static class FormFillUpdates
{
    public static byte[] Append(byte[] pdf, int count)
    {
        var original = PdfFile.Open(new MemoryStream(pdf));
        var update = new IncrementalUpdate(original);
        PdfReference field = update.Reserve();
        update.Set(field, Field(1));
        PdfDictionary form = update.Edit((PdfReference)original.Catalog["AcroForm"]!);
        form["Fields"] = new PdfArray([.. ((PdfArray)original.Resolve(form["Fields"])!).Items, field]);

        using var output = new MemoryStream();
        output.Write(pdf);
        output.Write(update.Build().Bytes.Span);
        var added = PdfFile.Open(new MemoryStream(output.ToArray()));
        PdfDictionary trailer = added.Trailer.Clone();
        long prev = added.Xref.StartXref;
        for (int value = 2; value <= count; value++)
        {
            long at = output.Position;
            PdfSerializer.Ascii(output, $"{field.Number} 0 obj\n");
            PdfSerializer.Write(output, Field(value));
            long xref = output.Position + "\nendobj\n".Length;
            PdfSerializer.Ascii(output, string.Create(CultureInfo.InvariantCulture, $"\nendobj\nxref\n{field.Number} 1\n{at:D10} 00000 n \ntrailer\n"));
            trailer["Prev"] = new PdfNumber(prev);
            PdfSerializer.Write(output, trailer);
            PdfSerializer.Ascii(output, string.Create(CultureInfo.InvariantCulture, $"\nstartxref\n{xref}\n%%EOF\n"));
            prev = xref;
        }

        return output.ToArray();
    }

    private static PdfDictionary Field(int value) => new()
    {
        ["FT"] = new PdfName("Tx"),
        ["T"] = PdfString.FromText("Amount"),
        ["V"] = PdfString.FromText(value.ToString(CultureInfo.InvariantCulture)),
    };
}
