using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// Classifies one incremental update by comparing, object by object through the two cross-reference tables,
/// every object whose entry differs between the revision before it and the revision it made: only the objects
/// that the update's own sections define, when both revisions are views of one chain.
/// </summary>
internal static class UpdateClassifier
{
    private const int MaxDescriptions = 5;

    public static RevisionUpdate Classify(PdfFile older, PdfFile newer, int revision, PdfLimits limits)
    {
        var diff = new DiffContext(older, newer, limits);
        var level = ModificationLevel.None;
        var other = new List<string>();
        foreach (var (number, before, after) in Changed(diff))
        {
            ObjectChange change = ChangeClassifier.Classify(diff, number, before, after);
            level = (ModificationLevel)Math.Max((int)level, (int)change.Level);
            if (change.Level == ModificationLevel.Other && other.Count < MaxDescriptions)
            {
                other.Add(change.Description);
            }
        }

        return new RevisionUpdate(revision, level, other, diff.ChangedFields, diff.AddedVisibleSignatures.Count > 0, MdpRules.DocMdpPermission(older));
    }

    private static IEnumerable<(int Number, PdfObject? Older, PdfObject? Newer)> Changed(DiffContext diff)
    {
        var changed = new List<(int Number, PdfObject? Older, PdfObject? Newer)>();
        var olderEntries = diff.Older.Xref.Entries;
        foreach (var (number, entry) in diff.Newer.Xref.ChangedSince(diff.Older.Xref))
        {
            if (olderEntries.TryGetValue(number, out var before) && before == entry)
            {
                continue;
            }

            if (changed.Count >= diff.Limits.MaxObjects)
            {
                throw new DocumentLimitException(nameof(PdfLimits.MaxObjects), diff.Limits.MaxObjects, "one incremental update changes more objects");
            }

            PdfObject? older = diff.Older.GetObject(number), newer = diff.Newer.GetObject(number);
            if (!ObjectComparer.AreEqual(diff.Older, older, diff.Newer, newer, diff.Limits))
            {
                changed.Add((number, older, newer));
            }
        }

        // fields first, so that the appearance objects of the fields being filled are recognised
        return changed.OrderBy(c => diff.Fields.ContainsKey(c.Number) ? 0 : 1);
    }
}
