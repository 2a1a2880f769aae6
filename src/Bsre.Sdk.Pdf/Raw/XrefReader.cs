using System.Globalization;
using System.Text;

namespace Bsre.Sdk.Pdf.Raw;

/// <summary>Reads startxref and every cross-reference section along the /Prev chain: tables, streams and hybrids.</summary>
/// <param name="parser">The file's parser.</param>
/// <param name="decode">Decodes a cross-reference stream within the document's read budget.</param>
/// <param name="maxSections">The most sections followed along /Prev (<c>PdfLimits.MaxRevisions</c>).</param>
internal sealed class XrefReader(PdfParser parser, Func<PdfStream, byte[]> decode, int maxSections = 4096)
{
    private const int TailSize = 2048;

    public static long FindStartXref(PdfByteReader reader)
    {
        int tail = (int)Math.Min(TailSize, reader.Length);
        byte[] bytes = reader.ReadBytes(reader.Length - tail, tail);
        string text = Encoding.Latin1.GetString(bytes);
        int at = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (at < 0)
        {
            throw PdfFormat.Error("no startxref near the end of the file (truncated?)");
        }

        string digits = new(text[(at + 9)..].TrimStart().TakeWhile(char.IsAsciiDigit).ToArray());
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long offset) || offset >= reader.Length)
        {
            throw PdfFormat.Error("startxref does not point into the file");
        }

        return offset;
    }

    /// <summary>Reads every section of the /Prev chain from <paramref name="startXref"/>, each once.</summary>
    public XrefChain Read(long startXref)
    {
        var visited = new HashSet<long>();
        var sections = new List<XrefSection>();
        long? next = startXref;
        while (next is long offset)
        {
            if (!visited.Add(offset))
            {
                throw PdfFormat.Error("the /Prev chain of cross-reference sections loops");
            }

            if (visited.Count > maxSections)
            {
                throw new DocumentLimitException(nameof(Validation.PdfLimits.MaxRevisions), maxSections, "the /Prev chain has more cross-reference sections");
            }

            var (trailer, isStream, entries, extent) = ReadSection(offset);
            PdfNumber? xrefStm = isStream ? null : trailer["XRefStm"] as PdfNumber;
            if (xrefStm is not null)
            {
                // hybrid file: the table wins, the XRefStm fills in what the table lists as free or omits
                var stream = ReadSection(xrefStm.LongValue);
                entries = [.. entries.Where(e => e.Entry.Kind != XrefEntryKind.Free), .. stream.Entries, .. entries];
                extent = Math.Max(extent, stream.Extent);
            }

            sections.Add(new XrefSection(offset, trailer, isStream, xrefStm is not null, [.. entries.DistinctBy(e => e.Number)], extent));
            next = trailer["Prev"] is PdfNumber prev ? Previous(prev.LongValue, offset) : null;
        }

        return new XrefChain(sections);
    }

    /// <summary>
    /// The section before the one at <paramref name="current"/>: where its /Prev points when a section is there, else
    /// (a /Prev of 0, which some writers put on their newest section, or an offset that lost its section) the nearest
    /// earlier section in the file whose entries hold their objects (<see cref="LostSectionSearch"/>); none when the file
    /// has no earlier section.
    /// </summary>
    private long? Previous(long prev, long current)
    {
        if (prev > 0 && prev < parser.Lexer.Reader.Length && StartsSection(prev))
        {
            return prev;
        }

        foreach (long candidate in LostSectionSearch.Candidates(parser.Lexer.Reader, current))
        {
            if (HoldsItsObjects(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="offset"/> starts an <c>xref</c> table or an object (the section is read, with its errors, afterwards).</summary>
    private bool StartsSection(long offset)
    {
        try
        {
            parser.Seek(offset);
            PdfToken first = parser.NextToken();
            return (first.Kind == PdfTokenKind.Keyword && first.Text == "xref")
                || (first.Kind == PdfTokenKind.Number && parser.NextToken().Kind == PdfTokenKind.Number && parser.NextToken() is { Kind: PdfTokenKind.Keyword, Text: "obj" });
        }
        catch (DocumentFormatException e) when (e is not DocumentLimitException)
        {
            return false;
        }
    }

    /// <summary>Whether a section reads and its first in-file entries point at the objects they name (a copied or shifted section does not).</summary>
    private bool HoldsItsObjects(long offset)
    {
        try
        {
            var (_, _, entries, _) = ReadSection(offset);
            foreach (var (number, entry) in entries.Where(e => e.Entry.Kind == XrefEntryKind.InFile).Take(4))
            {
                parser.Seek(entry.Offset);
                if (parser.NextToken() is not { Kind: PdfTokenKind.Number } found || found.Text != number.ToString(CultureInfo.InvariantCulture))
                {
                    return false;
                }
            }

            return true;
        }
        catch (DocumentFormatException e) when (e is not DocumentLimitException)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads the one cross-reference section at <paramref name="offset"/> (for a hybrid table, without its XRefStm) and
    /// the offset past the last byte it was read from.
    /// </summary>
    public (PdfDictionary Trailer, bool IsStream, List<(int Number, XrefEntry Entry)> Entries, long Extent) ReadSection(long offset)
    {
        if (offset < 0 || offset >= parser.Lexer.Reader.Length)
        {
            throw PdfFormat.Error($"a cross-reference section is said to be at offset {offset}, outside the file");
        }

        parser.Seek(offset);
        PdfToken first = parser.NextToken();
        if (first.Kind == PdfTokenKind.Keyword && first.Text == "xref")
        {
            var entries = new List<(int, XrefEntry)>();
            PdfDictionary trailer = ReadTable(entries);
            return (trailer, false, entries, parser.Lexer.Reader.Position);
        }

        if (first.Kind != PdfTokenKind.Number || parser.ParseIndirectObject(offset, -1) is not PdfStream stream
            || stream.Dictionary.GetName("Type") != "XRef")
        {
            throw PdfFormat.Error($"no cross-reference section at offset {offset}");
        }

        // the stream's /Length must be direct: no object can be resolved before the cross-reference data is read
        if (stream.Dictionary["Length"] is not PdfNumber length)
        {
            throw PdfFormat.Error($"the cross-reference stream at offset {offset} has no direct /Length");
        }

        long extent = stream.DataOffset + length.LongValue;
        return (stream.Dictionary, true, XrefStreamDecoder.Decode(stream.Dictionary, decode(stream)), extent);
    }

    private PdfDictionary ReadTable(List<(int, XrefEntry)> entries)
    {
        while (true)
        {
            PdfToken token = parser.NextToken();
            if (token.Kind == PdfTokenKind.Keyword && token.Text == "trailer")
            {
                return parser.ParseObject() as PdfDictionary ?? throw PdfFormat.Error("the trailer is not a dictionary");
            }

            PdfToken countToken = parser.NextToken();
            if (token.Kind != PdfTokenKind.Number || countToken.Kind != PdfTokenKind.Number)
            {
                throw PdfFormat.Error($"malformed cross-reference table at offset {token.Position}");
            }

            long start = new PdfNumber(token.Text).LongValue;
            long count = new PdfNumber(countToken.Text).LongValue;
            if (start < 0 || count < 0 || start + count > int.MaxValue)
            {
                throw PdfFormat.Error($"malformed cross-reference subsection {start} {count}");
            }
            for (long i = 0; i < count; i++)
            {
                PdfToken offset = parser.NextToken();
                PdfToken generation = parser.NextToken();
                PdfToken kind = parser.NextToken();
                if (offset.Kind != PdfTokenKind.Number || generation.Kind != PdfTokenKind.Number || kind.Text is not ("n" or "f"))
                {
                    throw PdfFormat.Error($"malformed cross-reference entry at offset {offset.Position}");
                }

                var entry = new XrefEntry(
                    kind.Text == "n" ? XrefEntryKind.InFile : XrefEntryKind.Free,
                    new PdfNumber(offset.Text).LongValue,
                    (int)new PdfNumber(generation.Text).LongValue);
                entries.Add(((int)(start + i), entry));
            }
        }
    }
}
