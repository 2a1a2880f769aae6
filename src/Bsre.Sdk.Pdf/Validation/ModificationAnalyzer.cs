using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// Classifies the revisions after a signature (none, LTA updates, form filling, annotations, other) by
/// comparing every object the later revisions rewrote with its signed version, and judges the result
/// against DocMDP, FieldMDP and the certification attacks (evil annotation, sneaky signature).
/// </summary>
internal static class ModificationAnalyzer
{
    public static ModificationVerdict Analyze(PdfDocumentContext context, InspectedSignature signature)
    {
        if (signature.SignedView is not { } signed || signature.CoversWholeDocument(context.Final.Length))
        {
            return ModificationVerdict.None;
        }

        var diff = new DiffContext(signed, context.Final, context.Limits);
        var level = ModificationLevel.None;
        var other = new List<string>();
        foreach (var (number, older, newer) in Changed(diff))
        {
            ObjectChange change = ChangeClassifier.Classify(diff, number, older, newer);
            level = (ModificationLevel)Math.Max((int)level, (int)change.Level);
            if (change.Level == ModificationLevel.Other && other.Count < 5)
            {
                other.Add(change.Description);
            }
        }

        return Judge(diff, signature, level, other);
    }

    private static ModificationVerdict Judge(DiffContext diff, InspectedSignature signature, ModificationLevel level, List<string> other)
    {
        var errors = new List<string>();
        var warnings = new List<string>();
        int? permission = MdpRules.DocMdpPermission(diff.Signed);
        if (level == ModificationLevel.Other)
        {
            errors.Add($"The document was changed after this signature in a way no signature permits: {string.Join("; ", other)}.");
        }
        else if (level > MdpRules.Allowed(permission))
        {
            errors.Add($"The certification signature (DocMDP P={permission}) does not allow the later changes ({new ModificationVerdict(level, [], []).Word}).");
        }
        else if (level > ModificationLevel.None)
        {
            warnings.Add($"The document was changed after this signature ({new ModificationVerdict(level, [], []).Word}); the changes are allowed.");
        }

        if (permission is <= 2 && diff.AddedVisibleSignatures.Count > 0)
        {
            errors.Add("A visible signature field was added to a certified document after this signature (sneaky signature attack).");
        }

        var field = diff.Signed.ResolveDictionary(signature.Entry.DictionaryNumber >= 0 ? FieldOf(diff, signature) : null);
        var locked = MdpRules.LockedFieldsChanged(diff.Signed, signature.Entry.Dictionary, field, diff.ChangedFields);
        if (locked.Count > 0)
        {
            errors.Add($"Fields locked by this signature (FieldMDP) were changed: {string.Join(", ", locked)}.");
        }

        return new ModificationVerdict(level, errors, warnings);
    }

    private static PdfReference? FieldOf(DiffContext diff, InspectedSignature signature)
        => diff.Fields.Values.FirstOrDefault(f => f.FullName == signature.Entry.FieldName)?.Reference;

    private static IEnumerable<(int Number, PdfObject? Older, PdfObject? Newer)> Changed(DiffContext diff)
    {
        var changed = new List<(int Number, PdfObject? Older, PdfObject? Newer)>();
        var signedEntries = diff.Signed.Xref.Entries;
        foreach (var (number, entry) in diff.Final.Xref.Entries.Concat(signedEntries.Where(e => !diff.Final.Xref.Entries.ContainsKey(e.Key))))
        {
            if (signedEntries.TryGetValue(number, out var before) && before == entry)
            {
                continue;
            }

            if (changed.Count >= diff.Limits.MaxObjects)
            {
                throw PdfLimitException.Create(nameof(PdfLimits.MaxObjects), $"more than {diff.Limits.MaxObjects} objects changed after a signature");
            }

            PdfObject? older = diff.Signed.GetObject(number), newer = diff.Final.GetObject(number);
            if (!ObjectComparer.AreEqual(diff.Signed, older, diff.Final, newer, diff.Limits))
            {
                changed.Add((number, older, newer));
            }
        }

        // fields first, so that the appearance objects of the fields being filled are recognised
        return changed.OrderBy(c => diff.Fields.ContainsKey(c.Number) ? 0 : 1);
    }
}
