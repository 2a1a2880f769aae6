using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// Checks every hybrid-reference section of a document against the three ways readers resolve it: ignoring the
/// XRefStm (PDF 1.4 readers), table first (ISO 32000, this SDK), or XRefStm first. All three must find the same
/// entry for every object the XRefStm lists, except an object that only the XRefStm defines and that did not
/// exist before: the usual hybrid pattern, objects in object streams hidden from PDF 1.4 readers. A section whose
/// trailer repeats the /XRefStm of an earlier section (as Acrobat's updates do) is not compared entry by entry with
/// its own table: that stream is history every reader has already applied under the newer table, which wins for all.
/// </summary>
internal static class HybridXrefCheck
{
    public static IReadOnlyList<HybridSection> Check(PdfFile file, IReadOnlyList<PdfRevisionEnd> revisions, PdfLimits limits)
    {
        if (!file.Xref.HasHybridSection)
        {
            return [];
        }

        // the sections as the file's own reading found them; a hybrid one's table is read again without its XRefStm
        var reader = new XrefReader(file.Parser, file.DecodeStream);
        var legacy = new Dictionary<int, XrefEntry>();
        var sections = new List<HybridSection>();
        var streams = new HashSet<long>();
        int count = file.Xref.SectionCount;
        for (int k = Math.Max(0, count - limits.MaxRevisions); k < count; k++)
        {
            XrefSection section = file.Xref.Chain.Section(k);
            var table = section.IsHybrid ? reader.ReadSection(section.Offset).Entries.DistinctBy(e => e.Number).ToList() : [.. section.Entries];
            if (section.IsHybrid)
            {
                long stream = ((PdfNumber)section.Trailer["XRefStm"]!).LongValue;
                var conflicts = Conflicts(table.ToDictionary(e => e.Number, e => e.Entry), reader.ReadSection(stream).Entries, legacy, repeated: !streams.Add(stream));
                sections.Add(new HybridSection(RevisionOf(revisions, section.Offset), conflicts));
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

    private static List<int> Conflicts(Dictionary<int, XrefEntry> table, List<(int Number, XrefEntry Entry)> stream, Dictionary<int, XrefEntry> legacy, bool repeated)
    {
        var conflicts = new List<int>();
        foreach (var (number, entry) in stream.DistinctBy(e => e.Number))
        {
            bool inTable = table.TryGetValue(number, out XrefEntry listed);
            if (inTable && listed.Kind != XrefEntryKind.Free)
            {
                // the table's entry wins for ISO readers and for readers ignoring the XRefStm; others prefer the XRefStm's
                if (listed != entry && !repeated)
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
}
