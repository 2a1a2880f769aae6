using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Placement;

/// <summary>
/// Page geometry through the raw layer's streaming reader: the page tree and one page's attributes are read with
/// seeks, and a page's text is extracted by PdfPig from a window holding only that page (<see cref="PageWindow"/>).
/// </summary>
internal sealed class RawPageGeometry(PdfFile file) : IPageGeometry
{
    private IReadOnlyList<PdfReference>? _pages;

    public int PageCount => Pages.Count;

    private IReadOnlyList<PdfReference> Pages => _pages ??= file.GetPages();

    public PageBox Page(int index)
    {
        PdfDictionary page = Dictionary(index);
        double[] media = PageAttributes.Box(file, PageAttributes.Inherited(file, page, "MediaBox"))
            ?? throw new DocumentFormatException($"Page {index + 1} has no valid /MediaBox (four numbers enclosing an area), so where it shows cannot be known.");
        double[] visible = media;
        if (PageAttributes.Box(file, PageAttributes.Inherited(file, page, "CropBox")) is { } crop)
        {
            // ISO 32000-1 §14.11.2: the CropBox is clipped to the MediaBox
            visible = [Math.Max(crop[0], media[0]), Math.Max(crop[1], media[1]), Math.Min(crop[2], media[2]), Math.Min(crop[3], media[3])];
            if (visible[2] <= visible[0] || visible[3] <= visible[1])
            {
                throw new DocumentFormatException($"Page {index + 1}'s /CropBox lies outside its /MediaBox, so nothing of the page is shown.");
            }
        }

        return new PageBox(index, visible[0], visible[1], visible[2] - visible[0], visible[3] - visible[1], Rotation(page), UserUnit(page));
    }

    public PageContent Content(int index) => PageWindow.Content(file, Pages[index], Dictionary(index));

    /// <summary>
    /// Reads /Rotate as readers do (pdf.js, Poppler): inherited, taken modulo 360 (so -90 is 270), and 0 when it is not
    /// a multiple of 90, which ISO 32000-1 Table 30 requires it to be.
    /// </summary>
    private int Rotation(PdfDictionary page)
    {
        if (file.Resolve(PageAttributes.Inherited(file, page, "Rotate")) is not PdfNumber number || !double.IsFinite(number.Value) || number.Value != Math.Round(number.Value))
        {
            return 0;
        }

        long degrees = ((number.LongValue % 360) + 360) % 360;
        return degrees % 90 == 0 ? (int)degrees : 0;
    }

    /// <summary>Reads /UserUnit (ISO 32000-2 Table 31, not inheritable); 1 when absent or not a positive number.</summary>
    private double UserUnit(PdfDictionary page) =>
        file.Resolve(page["UserUnit"]) is PdfNumber { Value: > 0 and < 75_000 } unit ? unit.Value : 1;

    private PdfDictionary Dictionary(int index) =>
        file.ResolveDictionary(Pages[index]) ?? throw PdfFormat.Error($"page {index + 1} is not a dictionary");
}
