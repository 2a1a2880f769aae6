using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// Judges the revisions after a signature, each update compared with the revision before it (so a change made
/// in an intermediate revision and reverted later is still seen), against the rules in force when it was made:
/// the certification's DocMDP permission, this signature's FieldMDP lock, and the certification attacks
/// (evil annotation, sneaky signature).
/// </summary>
internal static class ModificationAnalyzer
{
    public static ModificationVerdict Analyze(PdfDocumentContext context, InspectedSignature signature)
    {
        if (signature.SignedView is not { } signed)
        {
            return ModificationVerdict.None;
        }

        string name = signature.Entry.FieldName;
        PdfDictionary? field = signed.ResolveDictionary(FieldOf(signed, name));
        var level = ModificationLevel.None;
        var errors = new List<ValidationFinding>();
        var warnings = new List<ValidationFinding>();
        JudgeHybridSections(context.HybridSections, signature.RevisionIndex + 1, errors, warnings);
        int? lockPermission = MdpRules.LockPermission(signed, signature.Entry.Dictionary, field);
        ILookup<int, HybridSection> hybridByRevision = context.HybridSections.ToLookup(s => s.Revision);
        var revisions = new List<RevisionModification>();
        foreach (RevisionUpdate update in context.History.After(signature.RevisionIndex))
        {
            int before = errors.Count;
            Judge(update, name, MdpRules.Lower(update.Permission, lockPermission), errors);
            var locked = MdpRules.LockedFieldsChanged(signed, signature.Entry.Dictionary, field, update.ChangedFields);
            if (locked.Count > 0)
            {
                errors.Add(Error(FindingCodes.PdfFieldLocked, $"Revision {update.Revision} changed fields that signature '{name}' locks (FieldMDP): {string.Join(", ", locked)}."));
            }

            JudgeHybridSections(hybridByRevision[update.Revision], update.Revision, errors, warnings);
            level = (ModificationLevel)Math.Max((int)level, (int)update.Level);
            revisions.Add(new RevisionModification { Revision = update.Revision, Level = update.Level, Allowed = errors.Count == before });
        }

        // DSS and document-timestamp updates are how PAdES keeps a signature verifiable (B-LT, B-LTA): reported in
        // Modifications and LaterRevisions, not warned about. Form filling and annotations are worth a look.
        if (errors.Count == 0 && level > ModificationLevel.LtaUpdates)
        {
            warnings.Add(new(FindingCodes.PdfModified, FindingSeverity.Warning, $"The document was changed after this signature ({ModificationVerdict.ToWord(level)}); the changes are allowed."));
        }

        return new ModificationVerdict(level, errors, warnings, revisions);
    }

    /// <summary>
    /// Hybrid-reference sections up to <paramref name="revision"/>: a disagreement in that revision fails the signature
    /// (what it signed, or what was added after it, reads differently in other readers); one before it is a warning.
    /// </summary>
    private static void JudgeHybridSections(IEnumerable<HybridSection> sections, int revision, List<ValidationFinding> errors, List<ValidationFinding> warnings)
    {
        foreach (HybridSection section in sections.Where(s => s.Revision <= revision && s.Conflicts.Count > 0))
        {
            bool judged = section.Revision == revision;
            string objects = string.Join(", ", section.Conflicts.Take(5)) + (section.Conflicts.Count > 5 ? ", ..." : string.Empty);
            (judged ? errors : warnings).Add(new(FindingCodes.PdfHybridXrefConflict, judged ? FindingSeverity.Error : FindingSeverity.Warning,
                $"Revision {section.Revision} has a hybrid cross-reference section whose table and XRefStm disagree on objects {objects}: "
                + $"readers that ignore or prefer the XRefStm see a different document{(judged ? " (shadow attack)" : string.Empty)}."));
        }
    }

    /// <summary>Judges one update against the permission in force for this signature: the certification's DocMDP, lowered by the signature's own field lock.</summary>
    private static void Judge(RevisionUpdate update, string name, int? permission, List<ValidationFinding> errors)
    {
        string word = ModificationVerdict.ToWord(update.Level);
        if (update.Level == ModificationLevel.Other)
        {
            errors.Add(Error(FindingCodes.PdfModificationNotAllowed, $"Revision {update.Revision} changed the document after signature '{name}' in a way no signature permits: {string.Join("; ", update.OtherChanges)}."));
        }
        else if (update.Level > MdpRules.Allowed(permission))
        {
            string rule = permission == update.Permission ? "the certification (DocMDP" : "the signature's field lock (/P";
            errors.Add(Error(FindingCodes.PdfPermissionExceeded, $"Revision {update.Revision} made changes ({word}) after signature '{name}' that {rule} P={permission}) does not allow."));
        }

        if (update.Permission is <= 2 && update.AddsVisibleSignature)
        {
            errors.Add(Error(FindingCodes.PdfSneakySignature, $"Revision {update.Revision} added a visible signature field to the certified document (sneaky signature attack)."));
        }
    }

    private static ValidationFinding Error(string code, string message) => new(code, FindingSeverity.Error, message);

    private static PdfReference? FieldOf(PdfFile signed, string name)
        => Signing.FieldTree.Of(signed).FirstOrDefault(f => f.FullName == name)?.Reference;
}
