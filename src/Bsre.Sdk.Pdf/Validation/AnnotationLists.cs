using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>Compares a page's /Annots before and after: new signature widgets are form filling (or LTA updates for document timestamps), anything else is an annotation change.</summary>
internal static class AnnotationLists
{
    public static ModificationLevel Compare(DiffContext diff, PdfObject? older, PdfObject? newer)
    {
        var before = (diff.Older.Resolve(older) as PdfArray)?.Items.Select(DiffContext.Number).ToList() ?? [];
        var after = (diff.Newer.Resolve(newer) as PdfArray)?.Items.Select(DiffContext.Number).ToList() ?? [];
        var level = before.Except(after).Any() ? ModificationLevel.Annotations : ModificationLevel.None;
        foreach (int added in after.Except(before))
        {
            ModificationLevel kind = ModificationLevel.Annotations;
            if (IsSignatureWidget(diff.Newer, added))
            {
                kind = IsDocumentTimestampField(diff.Newer, added) ? ModificationLevel.LtaUpdates : ModificationLevel.FormFilling;
                if (IsVisible(diff.Newer, added))
                {
                    diff.AddedVisibleSignatures.Add(added);
                }
            }

            level = (ModificationLevel)Math.Max((int)level, (int)kind);
        }

        return level;
    }

    public static bool IsDocumentTimestampField(PdfFile file, int number)
        => file.ResolveDictionary(file.ResolveDictionary(new PdfReference(number, 0))?["V"]) is { } value
        && (value.GetName("Type") == "DocTimeStamp" || value.GetName("SubFilter") == "ETSI.RFC3161");

    private static bool IsSignatureWidget(PdfFile file, int number)
    {
        if (file.ResolveDictionary(new PdfReference(number, 0)) is not { } annotation || annotation.GetName("Subtype") != "Widget")
        {
            return false;
        }

        return (annotation.GetName("FT") ?? file.ResolveDictionary(annotation["Parent"])?.GetName("FT")) == "Sig";
    }

    private static bool IsVisible(PdfFile file, int number)
    {
        var rect = file.Resolve(file.ResolveDictionary(new PdfReference(number, 0))?["Rect"]) as PdfArray;
        var values = rect?.Items.OfType<PdfNumber>().Select(n => n.Value).ToArray() ?? [];
        return values.Length == 4 && Math.Abs(values[2] - values[0]) > 0 && Math.Abs(values[3] - values[1]) > 0;
    }
}
