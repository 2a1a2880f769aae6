using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// Checks every hybrid-reference section of a document against the three ways readers resolve it: ignoring the
/// XRefStm (PDF 1.4 readers), table first (ISO 32000, this SDK), or XRefStm first. All three must find the same
/// entry for every object the XRefStm lists, except an object that only the XRefStm defines and that did not
/// exist before: the usual hybrid pattern, objects in object streams hidden from PDF 1.4 readers.
/// </summary>
internal static class HybridXrefCheck
{
    public static IReadOnlyList<HybridSection> Check(PdfFile file, IReadOnlyList<PdfRevisionEnd> revisions, PdfLimits limits)
    {
        if (!file.Xref.HasHybridSection)
        {
            return [];
        }

        var reader = new XrefReader(file.Parser, file.DecodeStream);
        var legacy = new Dictionary<int, XrefEntry>();
        var sections = new List<HybridSection>();
        foreach (var (offset, trailer, isStream, entries) in Chain(reader, file.Xref.StartXref, limits))
        {
            var table = entries.DistinctBy(e => e.Number).ToList();
            if (!isStream && trailer["XRefStm"] is PdfNumber stream)
            {
                var conflicts = Conflicts(table.ToDictionary(e => e.Number, e => e.Entry), reader.ReadSection(stream.LongValue).Entries, legacy);
                sections.Add(new HybridSection(RevisionOf(revisions, offset), conflicts));
            }

            foreach (var (number, entry) in table)
            {
                if (entry.Kind == XrefEntryKind.Free)
                {
                    legacy.Remove(number);
                }
                else
                {
                    legacy[number] = entry;
                }
            }
        }

        return sections;
    }

    private static List<int> Conflicts(Dictionary<int, XrefEntry> table, List<(int Number, XrefEntry Entry)> stream, Dictionary<int, XrefEntry> legacy)
    {
        var conflicts = new List<int>();
        foreach (var (number, entry) in stream.DistinctBy(e => e.Number))
        {
            bool inTable = table.TryGetValue(number, out XrefEntry listed);
            if (inTable && listed.Kind != XrefEntryKind.Free)
            {
                // the table's entry wins for ISO readers and for readers ignoring the XRefStm; others prefer the XRefStm's
                if (listed != entry)
                {
                    conflicts.Add(number);
                }

                continue;
            }

            // readers ignoring the XRefStm see the table's deletion, or, when the table omits the object, the older revisions' entry
            bool existed = legacy.TryGetValue(number, out XrefEntry older);
            XrefEntry? ignoring = inTable || !existed ? null : older;
            XrefEntry? following = entry.Kind == XrefEntryKind.Free ? null : entry;
            if (existed && ignoring != following)
            {
                conflicts.Add(number);
            }
        }

        return conflicts;
    }

    /// <summary>Returns the 1-based revision a section at <paramref name="offset"/> belongs to: one more than the revisions ending at or before it (ends are ascending).</summary>
    private static int RevisionOf(IReadOnlyList<PdfRevisionEnd> revisions, long offset)
    {
        int low = 0, high = revisions.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            (low, high) = revisions[middle].End <= offset ? (middle + 1, high) : (low, middle);
        }

        return low + 1;
    }

    /// <summary>Returns the sections of the /Prev chain, oldest first.</summary>
    private static List<(long Offset, PdfDictionary Trailer, bool IsStream, List<(int Number, XrefEntry Entry)> Entries)> Chain(XrefReader reader, long startXref, PdfLimits limits)
    {
        var chain = new List<(long, PdfDictionary, bool, List<(int, XrefEntry)>)>();
        var visited = new HashSet<long>();
        for (long? next = startXref; next is long offset && visited.Add(offset) && visited.Count <= limits.MaxRevisions;)
        {
            var (trailer, isStream, entries, _) = reader.ReadSection(offset);
            chain.Add((offset, trailer, isStream, entries));
            next = trailer["Prev"] is PdfNumber { LongValue: > 0 } prev ? prev.LongValue : null;
        }

        chain.Reverse();
        return chain;
    }
}
