using System.Text;
using System.Text.RegularExpressions;

namespace Bsre.Sdk.Pdf.Raw;

/// <summary>
/// Finds, for a cross-reference section whose /Prev is lost (0, or an offset where no section is), the section that
/// precedes it in the file: the nearest earlier <c>xref</c> table or XRef stream whose entries hold the objects they
/// name. This is the recovery PDFBox (which DSS uses) and poppler apply to such files, reduced to what a signature
/// validator needs: only sections written in the file are followed, never objects no section lists, and a section whose
/// offsets are wrong is passed over, so that every revision still reads the objects its own writer recorded.
/// </summary>
internal static partial class LostSectionSearch
{
    private const int Chunk = 64 * 1024;
    private const int Overlap = 64;
    private const int ObjectHeaderWindow = 64;

    /// <summary>Lists the offsets of the table or stream sections that start before <paramref name="before"/>, nearest first.</summary>
    public static IEnumerable<long> Candidates(PdfByteReader reader, long before)
    {
        long end = before;
        while (end > 0)
        {
            long start = Math.Max(0, end - Chunk);
            string text = Encoding.Latin1.GetString(reader.ReadBytes(start, (int)(Math.Min(reader.Length, end + Overlap) - start)));
            var found = new SortedSet<long>();
            foreach (Match table in Table().Matches(text))
            {
                found.Add(start + table.Index + table.Length - "xref".Length);
            }

            foreach (Match stream in XrefStream().Matches(text))
            {
                // the object header is the last "N G obj" before the /Type /XRef of its dictionary
                int from = Math.Max(0, stream.Index - ObjectHeaderWindow);
                if (ObjectHeader().Matches(text[from..stream.Index]) is { Count: > 0 } headers)
                {
                    found.Add(start + from + headers[^1].Index + (headers[^1].Value[0] is >= '0' and <= '9' ? 0 : 1));
                }
            }

            foreach (long offset in found.Where(o => o >= start && o < end).Reverse())
            {
                yield return offset;
            }

            end = start;
        }
    }

    [GeneratedRegex(@"(?:^|[\r\n])xref(?=[\r\n \t])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Table();

    [GeneratedRegex(@"/Type\s*/XRef\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex XrefStream();

    [GeneratedRegex(@"(?:^|[^0-9])\d+\s+\d+\s+obj\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ObjectHeader();
}
