using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// Classifies one object an incremental update changed by its role in the revision before it, key by key (the rule
/// sets of pyHanko's difference analysis and iText's DocumentRevisionsValidator): catalog, DSS, form, field, page,
/// annotation, structure tree, page tree, or content. Anything no rule allows is "other": the incremental-saving and
/// shadow attacks change page content, resources, the page tree or the catalog.
/// </summary>
internal static class ChangeClassifier
{
    /// <summary>Catalog entries whose change is document upkeep (pyHanko's ROOT_EXEMPT_STRICT_COMPARISON); /DSS is checked to hold validation data.</summary>
    private static readonly HashSet<string> CatalogLtaKeys = ["Extensions", "Metadata", "MarkInfo", "Version"];
    private static readonly HashSet<string> FormKeys = ["Fields", "SigFlags", "DR", "DA", "Q", "NeedAppearances"];

    /// <summary>A field's value, its appearance and the selected indices of a choice field (/I, ISO 32000-2 §12.7.5.4).</summary>
    private static readonly HashSet<string> FieldFillKeys = ["V", "AP", "AS", "MK", "DA", "Q", "I", "Kids", "F"];

    public static ObjectChange Classify(DiffContext diff, int number, PdfObject? older, PdfObject? newer)
    {
        if (older is null)
        {
            // a linearization parameter dictionary (ISO 32000-2 Annex F) belongs at the start of the original file; appended
            // by an update, it makes linearization-aware readers read the first page from hint data the signature did not cover
            return Dict(newer)?["Linearized"] is not null
                ? new(ModificationLevel.Other, $"an update appended a linearization parameter dictionary (object {number})")
                : new(ModificationLevel.None, string.Empty);
        }

        if (IsContainer(older) && (newer is null || IsContainer(newer)))
        {
            return new(ModificationLevel.None, string.Empty);
        }

        if (newer is null)
        {
            return Deleted(diff, number, older);
        }

        if (diff.RootNumbers.Contains(number))
        {
            return Catalog(diff, older, newer);
        }

        if (diff.OlderDss.Contains(number))
        {
            return Dss(diff);
        }

        if (diff.InfoNumbers.Contains(number) || diff.MetadataNumbers.Contains(number) || IsIndirectExtensions(diff, number))
        {
            return new(ModificationLevel.LtaUpdates, string.Empty);
        }

        if (diff.AcroFormNumbers.Contains(number))
        {
            return FormChange(diff, older, newer);
        }

        if (diff.FieldsArrays.Contains(number) && older is PdfArray fieldsBefore && newer is PdfArray fieldsAfter)
        {
            return FieldList(diff, fieldsBefore, fieldsAfter);
        }

        if (diff.FormResources.Contains(number))
        {
            return Keys(diff, older, newer, k => Dict(older)![k] is null ? ModificationLevel.FormFilling : ModificationLevel.Other, "the form's default resources");
        }

        if (diff.Fields.TryGetValue(number, out var field))
        {
            return FieldChange(diff, number, field, older, newer);
        }

        if (diff.PageNumbers.TryGetValue(number, out int page))
        {
            return Keys(diff, older, newer, k => PageKey(diff, k, Dict(older)!, Dict(newer)!), $"page {page}");
        }

        if (diff.AnnotsArrays.TryGetValue(number, out int listPage))
        {
            var level = AnnotationLists.Compare(diff, older, newer);
            return new(level, $"the annotation list of page {listPage} changed");
        }

        if (diff.PageTreeNodes.Contains(number))
        {
            // iText records its version under /ITXT; it changes nothing a reader shows
            return Keys(diff, older, newer, k => k == "ITXT" ? ModificationLevel.LtaUpdates : ModificationLevel.Other, $"the page tree node {number} (pages added, removed or replaced)");
        }

        if (IsComment(diff, number, older) || OnlyUsedByComment(diff, number))
        {
            return new(ModificationLevel.Annotations, string.Empty);
        }

        if (diff.StructureRoles.TryGetValue(number, out string? role) && Dict(older) is { } a && Dict(newer) is { } b)
        {
            return StructureChanges.Classify(diff, role, number, a, b);
        }

        return AppearanceOfFilledField(diff, number)
            ? new(ModificationLevel.FormFilling, string.Empty)
            : new(ModificationLevel.Other, $"object {number} ({Describe(older)}) was changed");
    }

    /// <summary>An object freed by the update: old validation data a DSS update dropped, or a deleted comment; anything else is a change.</summary>
    private static ObjectChange Deleted(DiffContext diff, int number, PdfObject older)
        => diff.OlderDss.Contains(number) ? Dss(diff)
            : IsComment(diff, number, older) ? new(ModificationLevel.Annotations, string.Empty)
            : new(ModificationLevel.Other, $"object {number} ({Describe(older)}) was deleted");

    private static ObjectChange Catalog(DiffContext diff, PdfObject older, PdfObject newer)
    {
        PdfDictionary? a = Dict(older), b = Dict(newer);
        if (a?["DSS"] is not null && b is not null && b["DSS"] is null)
        {
            return new(ModificationLevel.Other, "the /DSS was removed from the catalog");
        }

        if (b is not null && !ObjectComparer.AreEqual(diff.Older, a?["DSS"], diff.Newer, b["DSS"], diff.Limits) && Dss(diff) is { Level: ModificationLevel.Other } dss)
        {
            return dss;
        }

        return Keys(diff, older, newer, k => k switch
        {
            "DSS" => ModificationLevel.LtaUpdates,
            "AcroForm" => b?["AcroForm"] is null ? ModificationLevel.Other : ModificationLevel.FormFilling,
            "Names" => NameTrees.Compare(diff, a?["Names"], b?["Names"]),
            _ => CatalogLtaKeys.Contains(k) ? ModificationLevel.LtaUpdates : ModificationLevel.Other,
        }, "the catalog");
    }

    /// <summary>A DSS update: allowed when the newer /DSS holds validation data and nothing else.</summary>
    private static ObjectChange Dss(DiffContext diff)
        => diff.NewerDssProblem.Length == 0 ? new(ModificationLevel.LtaUpdates, string.Empty) : new(ModificationLevel.Other, diff.NewerDssProblem + " (a change disguised as an LTV update)");

    private static ModificationLevel PageKey(DiffContext diff, string key, PdfDictionary older, PdfDictionary newer) => key switch
    {
        "Annots" => AnnotationLists.Compare(diff, older["Annots"], newer["Annots"]),

        // the tab order of the page's annotations (ISO 32000-2 §12.5.1, Table 264)
        "Tabs" => ModificationLevel.Annotations,

        // a page that gets its first tagged annotation or widget gets a parent-tree key (§14.7.5.4)
        "StructParents" => older[key] is null ? ModificationLevel.FormFilling : ModificationLevel.Other,
        _ => ModificationLevel.Other,
    };

    private static ObjectChange FormChange(DiffContext diff, PdfObject older, PdfObject newer)
    {
        var change = Keys(diff, older, newer, k => FormKeys.Contains(k) ? ModificationLevel.FormFilling : ModificationLevel.Other, "the interactive form");
        if (change.Level != ModificationLevel.FormFilling || diff.Older.Resolve(Dict(older)?["Fields"]) is not PdfArray before
            || diff.Newer.Resolve(Dict(newer)?["Fields"]) is not PdfArray after)
        {
            return change;
        }

        if (TurnsOnNeedAppearances(diff, older, newer))
        {
            // viewers now redraw every field from its value: for FieldMDP, every field's appearance changed
            diff.ChangedFields.UnionWith(diff.Fields.Values.Where(f => !f.IsSignature).Select(f => f.FullName));
        }

        return FieldList(diff, before, after);
    }

    /// <summary>The form's /Fields changed (in the form dictionary, or as an indirect array of its own): fields may be added, never removed or made to show an existing signature.</summary>
    private static ObjectChange FieldList(DiffContext diff, PdfArray before, PdfArray after)
    {
        var kept = after.Items.Select(DiffContext.Number).ToHashSet();
        if (before.Items.Any(i => !kept.Contains(DiffContext.Number(i))))
        {
            return new(ModificationLevel.Other, "form fields were removed");
        }

        var added = after.Items.Select(DiffContext.Number).Except(before.Items.Select(DiffContext.Number)).ToList();
        if (added.FirstOrDefault(n => ReusesSignature(diff, n)) is > 0 and int reusing)
        {
            return new(ModificationLevel.Other, $"the new field {reusing} reuses a signature dictionary of the signed revision (a second field showing an existing signature)");
        }

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
            if (Dict(older)?["AP"] is not null && ObjectComparer.AreEqual(diff.Older, Dict(older)?["AP"], diff.Newer, Dict(newer)?["AP"], diff.Limits)
                && NeedAppearances(diff.Newer, diff.Newer.ResolveDictionary(diff.Newer.Catalog["AcroForm"])))
            {
                return new(ModificationLevel.Other, $"the value of field '{field.FullName}' changed but not its appearance, while /NeedAppearances asks viewers to redraw it: viewers show different values");
            }
        }

        diff.FilledFields.Add(number);
        if (SharedAppearance(diff, Dict(older)?["AP"]) && !ObjectComparer.AreEqual(diff.Older, Dict(older)?["AP"], diff.Newer, Dict(newer)?["AP"], diff.Limits))
        {
            return new(ModificationLevel.Other, $"the appearance of field '{field.FullName}' was replaced although other objects use it too");
        }

        return Keys(diff, older, newer, k => FieldFillKeys.Contains(k) ? ModificationLevel.FormFilling : ModificationLevel.Other, $"the field '{field.FullName}'");
    }

    /// <summary>Whether a field added by the update has as /V a signature dictionary that already existed (pyHanko 0.36.2: an old signature object reused by a new field).</summary>
    private static bool ReusesSignature(DiffContext diff, int field)
        => diff.Newer.ResolveDictionary(new PdfReference(field, 0))?["V"] is PdfReference value && diff.Older.GetObject(value.Number) is not null
        && diff.Newer.ResolveDictionary(value)?.GetName("Type") is "Sig" or "DocTimeStamp";

    private static bool TurnsOnNeedAppearances(DiffContext diff, PdfObject older, PdfObject newer)
        => NeedAppearances(diff.Newer, Dict(newer)) && !NeedAppearances(diff.Older, Dict(older));

    private static bool NeedAppearances(PdfFile file, PdfDictionary? form) => file.Resolve(form?["NeedAppearances"]) == PdfKeyword.True;

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

    /// <summary>An annotation of the older revision's pages other than a widget (widgets are judged as fields): editing or deleting it is an annotation change.</summary>
    private static bool IsComment(DiffContext diff, int number, PdfObject older)
        => diff.Annotations.Contains(number) && !diff.Fields.ContainsKey(number) && Dict(older) is { } annotation && annotation.GetName("Subtype") is not (null or "Widget");

    /// <summary>An object (a comment's appearance stream, or its /AP dictionary's) that nothing but one comment uses: redrawing the comment.</summary>
    private static bool OnlyUsedByComment(DiffContext diff, int number)
    {
        for (int hop = 0; hop < 2 && diff.References(number) is (1, var referrer); hop++, number = referrer)
        {
            if (diff.Older.GetObject(referrer) is { } owner && IsComment(diff, referrer, owner))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The catalog's /Extensions as an indirect object that nothing else references (pyHanko: an /Extensions object reachable another way may not be rewritten).</summary>
    private static bool IsIndirectExtensions(DiffContext diff, int number)
        => DiffContext.Number(diff.Older.Catalog["Extensions"]) == number && diff.References(number) is (1, var referrer) && diff.RootNumbers.Contains(referrer);

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
