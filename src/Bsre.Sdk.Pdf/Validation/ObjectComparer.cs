using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// Compares two versions of an object by value: references by object number (a changed target is a change
/// of its own), streams by dictionary and raw bytes. Depth is bounded by <see cref="PdfLimits.MaxDepth"/>.
/// </summary>
internal static class ObjectComparer
{
    public static bool AreEqual(PdfFile oldFile, PdfObject? older, PdfFile newFile, PdfObject? newer, PdfLimits limits)
        => Equal(oldFile, older, newFile, newer, limits, 0);

    private static bool Equal(PdfFile oldFile, PdfObject? a, PdfFile newFile, PdfObject? b, PdfLimits limits, int depth)
    {
        if (depth > limits.MaxDepth)
        {
            throw new DocumentLimitException(nameof(PdfLimits.MaxDepth), limits.MaxDepth, "objects are nested deeper");
        }

        return (a, b) switch
        {
            (null, null) => true,
            (PdfReference x, PdfReference y) when x.Number == y.Number && x.Generation == y.Generation => true,
            (PdfReference or PdfDictionary or PdfArray, PdfReference) or (PdfReference, PdfDictionary or PdfArray)
                => depth < limits.MaxDepth / 2 && Equal(oldFile, oldFile.Resolve(a), newFile, newFile.Resolve(b), limits, depth + 1),
            (PdfName x, PdfName y) => x.Value == y.Value,
            (PdfNumber x, PdfNumber y) => x.Value.Equals(y.Value),
            (PdfString x, PdfString y) => x.Value.AsSpan().SequenceEqual(y.Value),
            (PdfKeyword x, PdfKeyword y) => x.Text == y.Text,
            (PdfArray x, PdfArray y) => x.Items.Count == y.Items.Count
                && x.Items.Zip(y.Items).All(p => Equal(oldFile, p.First, newFile, p.Second, limits, depth + 1)),
            (PdfDictionary x, PdfDictionary y) => DictionariesEqual(oldFile, x, newFile, y, limits, depth),
            (PdfStream x, PdfStream y) => DictionariesEqual(oldFile, x.Dictionary, newFile, y.Dictionary, limits, depth)
                && PdfStreamData.Raw(oldFile, x).AsSpan().SequenceEqual(PdfStreamData.Raw(newFile, y)),
            _ => false,
        };
    }

    private static bool DictionariesEqual(PdfFile oldFile, PdfDictionary x, PdfFile newFile, PdfDictionary y, PdfLimits limits, int depth)
        => x.Entries.Count == y.Entries.Count
        && x.Entries.All(e => y.ContainsKey(e.Key) && Equal(oldFile, e.Value, newFile, y[e.Key], limits, depth + 1));
}
