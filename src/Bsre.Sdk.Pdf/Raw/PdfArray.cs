namespace Bsre.Sdk.Pdf.Raw;

/// <summary>An array object.</summary>
internal sealed class PdfArray : PdfObject
{
    public PdfArray()
    {
    }

    public PdfArray(IEnumerable<PdfObject> items) => Items.AddRange(items);

    public List<PdfObject> Items { get; } = [];

    public static PdfArray OfNumbers(params double[] values) => new(values.Select(v => (PdfObject)new PdfNumber(v)));
}
