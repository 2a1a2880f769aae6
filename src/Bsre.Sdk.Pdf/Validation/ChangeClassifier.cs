using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// Classifies one object an incremental update changed by its role in the revision before it: catalog, DSS, form,
/// field, page, annotation list, page tree, or content (anything else is "other": the incremental-saving and
/// shadow attacks change page content, resources, the page tree or the catalog).
/// </summary>
internal static class ChangeClassifier
{
    private static readonly HashSet<string> CatalogLtaKeys = ["DSS", "Extensions", "Metadata"];
    private static readonly HashSet<string> FormKeys = ["Fields", "SigFlags", "DR", "DA", "NeedAppearances"];
    private static readonly HashSet<string> FieldFillKeys = ["V", "AP", "AS", "MK", "DA", "Kids", "F"];

    public static ObjectChange Classify(DiffContext diff, int number, PdfObject? older, PdfObject? newer)
    {
        if (older is null)
        {
            return new(ModificationLevel.None, string.Empty);
        }

        if (newer is null)
        {
            return IsContainer(older) ? new(ModificationLevel.None, string.Empty) : new(ModificationLevel.Other, $"object {number} was deleted");
        }

        if (IsContainer(older) && IsContainer(newer))
        {
            return new(ModificationLevel.None, string.Empty);
        }

        if (diff.RootNumbers.Contains(number))
        {
            return Keys(diff, older, newer, k => CatalogLtaKeys.Contains(k) ? ModificationLevel.LtaUpdates : k == "AcroForm" ? ModificationLevel.FormFilling : ModificationLevel.Other, "the catalog");
        }

        if (diff.InfoNumbers.Contains(number) || diff.DssNumbers.Contains(number) || diff.MetadataNumbers.Contains(number))
        {
            return new(ModificationLevel.LtaUpdates, string.Empty);
        }

        if (diff.AcroFormNumbers.Contains(number))
        {
            return FormChange(diff, older, newer);
        }

        if (diff.Fields.TryGetValue(number, out var field))
        {
            return FieldChange(diff, number, field, older, newer);
        }

        if (diff.PageNumbers.TryGetValue(number, out int page))
        {
            return Keys(diff, older, newer, k => k == "Annots" ? AnnotationLists.Compare(diff, Dict(older)?["Annots"], Dict(newer)?["Annots"]) : ModificationLevel.Other, $"page {page}");
        }

        if (diff.AnnotsArrays.TryGetValue(number, out int listPage))
        {
            var level = AnnotationLists.Compare(diff, older, newer);
            return new(level, $"the annotation list of page {listPage} changed");
        }

        if (diff.PageTreeNodes.Contains(number))
        {
            return new(ModificationLevel.Other, $"the page tree node {number} changed (pages added, removed or replaced)");
        }

        return AppearanceOfFilledField(diff, number)
            ? new(ModificationLevel.FormFilling, string.Empty)
            : new(ModificationLevel.Other, $"object {number} ({Describe(older)}) was changed");
    }

    private static ObjectChange FormChange(DiffContext diff, PdfObject older, PdfObject newer)
    {
        var change = Keys(diff, older, newer, k => FormKeys.Contains(k) ? ModificationLevel.FormFilling : ModificationLevel.Other, "the interactive form");
        if (change.Level != ModificationLevel.FormFilling || diff.Older.Resolve(Dict(older)?["Fields"]) is not PdfArray before
            || diff.Newer.Resolve(Dict(newer)?["Fields"]) is not PdfArray after)
        {
            return change;
        }

        var kept = after.Items.Select(DiffContext.Number).ToHashSet();
        if (before.Items.Any(i => !kept.Contains(DiffContext.Number(i))))
        {
            return new(ModificationLevel.Other, "form fields were removed");
        }

        var added = after.Items.Select(DiffContext.Number).Except(before.Items.Select(DiffContext.Number)).ToList();
        return new(added.Count > 0 && added.All(n => AnnotationLists.IsDocumentTimestampField(diff.Newer, n)) ? ModificationLevel.LtaUpdates : ModificationLevel.FormFilling, string.Empty);
    }

    private static ObjectChange FieldChange(DiffContext diff, int number, Signing.SignatureField field, PdfObject older, PdfObject newer)
    {
        if (field.IsSignature && field.IsSigned)
        {
            return new(ModificationLevel.Other, $"the signed field '{field.FullName}' was changed");
        }

        if (!ObjectComparer.AreEqual(diff.Older, Dict(older)?["V"], diff.Newer, Dict(newer)?["V"], diff.Limits))
        {
            diff.ChangedFields.Add(field.FullName);
        }

        diff.FilledFields.Add(number);
        if (SharedAppearance(diff, Dict(older)?["AP"]) && !ObjectComparer.AreEqual(diff.Older, Dict(older)?["AP"], diff.Newer, Dict(newer)?["AP"], diff.Limits))
        {
            return new(ModificationLevel.Other, $"the appearance of field '{field.FullName}' was replaced although other objects use it too");
        }

        return Keys(diff, older, newer, k => FieldFillKeys.Contains(k) ? ModificationLevel.FormFilling : ModificationLevel.Other, $"the field '{field.FullName}'");
    }

    /// <summary>Whether a field's old /AP (or its /N) is an object that something else in the older revision references as well.</summary>
    private static bool SharedAppearance(DiffContext diff, PdfObject? appearance)
    {
        if (appearance is PdfReference r && diff.References(r.Number).Count > 1)
        {
            return true;
        }

        return diff.Older.ResolveDictionary(appearance)?["N"] is PdfReference n && diff.References(n.Number).Count > 1;
    }

    /// <summary>An existing appearance object replaced: allowed only when the older revision used it for nothing but a field being filled.</summary>
    private static bool AppearanceOfFilledField(DiffContext diff, int number)
    {
        var (count, referrer) = diff.References(number);
        if (count != 1)
        {
            return false;
        }

        if (diff.FilledFields.Contains(referrer))
        {
            return true;
        }

        var (parentCount, parent) = diff.References(referrer);
        return parentCount == 1 && diff.FilledFields.Contains(parent);
    }

    private static ObjectChange Keys(DiffContext diff, PdfObject older, PdfObject newer, Func<string, ModificationLevel> allowed, string what)
    {
        PdfDictionary? a = Dict(older), b = Dict(newer);
        if (a is null || b is null || older is PdfStream != newer is PdfStream)
        {
            return new(ModificationLevel.Other, $"{what} changed type");
        }

        var level = ModificationLevel.None;
        var changed = new List<string>();
        foreach (string key in a.Entries.Select(e => e.Key).Union(b.Entries.Select(e => e.Key)))
        {
            if (!ObjectComparer.AreEqual(diff.Older, a[key], diff.Newer, b[key], diff.Limits))
            {
                var keyLevel = allowed(key);
                level = (ModificationLevel)Math.Max((int)level, (int)keyLevel);
                changed.Add("/" + key);
            }
        }

        return new(level, level == ModificationLevel.Other ? $"{what} changed ({string.Join(", ", changed)})" : string.Empty);
    }

    private static bool IsContainer(PdfObject value) => value is PdfStream { Dictionary: var d } && d.GetName("Type") is "XRef" or "ObjStm";

    private static PdfDictionary? Dict(PdfObject? value) => value switch
    {
        PdfDictionary d => d,
        PdfStream s => s.Dictionary,
        _ => null,
    };

    private static string Describe(PdfObject value) => Dict(value)?.GetName("Type") ?? Dict(value)?.GetName("Subtype") ?? value.GetType().Name[3..].ToLowerInvariant();
}
