using System.Text;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// Lists the revisions of a PDF by following its cross-reference chain (startxref, then /Prev) and the
/// <c>%%EOF</c> that closes each section: the first one after the section's trailer dictionary (or cross-reference
/// stream data), so that a <c>%%EOF</c> inside a trailer string cannot fake a revision boundary (the attack iText 9.8.1
/// closed). A /Size smaller than an earlier section's is read as qpdf, pdfsig and DSS
/// read it (the chain's entries, not /Size, say which objects exist).
/// </summary>
internal static class RevisionIndex
{
    private const int ChunkSize = 64 * 1024;
    private static readonly byte[] Eof = Encoding.ASCII.GetBytes("%%EOF");

    /// <summary>Returns the revisions, oldest first.</summary>
    public static IReadOnlyList<PdfRevisionEnd> Read(PdfFile file, PdfLimits limits)
    {
        var revisions = new List<PdfRevisionEnd>();
        var visited = new HashSet<long>();
        long? next = file.Xref.StartXref;
        while (next is long offset)
        {
            if (!visited.Add(offset) || visited.Count > limits.MaxRevisions)
            {
                throw new DocumentLimitException(nameof(PdfLimits.MaxRevisions), limits.MaxRevisions, "the cross-reference chain loops or has more sections");
            }

            var (trailer, trailerEnd) = ReadTrailer(file, offset, limits);
            long eof = FindEof(file.Reader, trailerEnd);
            if (eof >= 0)
            {
                revisions.Add(new PdfRevisionEnd(offset, eof + Eof.Length, SkipEol(file.Reader, eof + Eof.Length)));
            }

            next = trailer["Prev"] is PdfNumber { LongValue: > 0 } prev ? prev.LongValue : null;
        }

        return [.. revisions.DistinctBy(r => r.End).OrderBy(r => r.End)];
    }

    /// <summary>Reads the trailer of the section at <paramref name="offset"/> and where it ends (after the dictionary, or after a cross-reference stream's data).</summary>
    private static (PdfDictionary Trailer, long End) ReadTrailer(PdfFile file, long offset, PdfLimits limits)
    {
        PdfParser parser = file.Parser;
        parser.Seek(offset);
        PdfToken first = parser.NextToken();
        if (first.Kind != PdfTokenKind.Keyword || first.Text != "xref")
        {
            var stream = parser.ParseIndirectObject(offset, -1) as PdfStream ?? throw PdfFormat.Error($"no cross-reference section at offset {offset}");
            return (stream.Dictionary, stream.DataOffset + Math.Max(0, (stream.Dictionary["Length"] as PdfNumber)?.LongValue ?? 0));
        }

        for (long tokens = 0; tokens < limits.MaxObjects * 3L + 1000; tokens++)
        {
            PdfToken token = parser.NextToken();
            if (token.Kind == PdfTokenKind.EndOfFile)
            {
                break;
            }

            if (token.Kind == PdfTokenKind.Keyword && token.Text == "trailer")
            {
                var trailer = parser.ParseObject() as PdfDictionary ?? throw PdfFormat.Error("a trailer is not a dictionary");
                return (trailer, file.Reader.Position);
            }
        }

        throw PdfFormat.Error($"the cross-reference table at offset {offset} has no trailer");
    }

    private static long FindEof(PdfByteReader reader, long from)
    {
        for (long at = from; at < reader.Length; at += ChunkSize - Eof.Length)
        {
            byte[] chunk = reader.ReadBytes(at, ChunkSize);
            int found = chunk.AsSpan().IndexOf(Eof);
            if (found >= 0)
            {
                return at + found;
            }

            if (chunk.Length < ChunkSize)
            {
                break;
            }
        }

        return -1;
    }

    private static long SkipEol(PdfByteReader reader, long at)
    {
        byte[] next = reader.ReadBytes(at, 2);
        return next switch
        {
            [(byte)'\r', (byte)'\n', ..] => at + 2,
            [(byte)'\r' or (byte)'\n', ..] => at + 1,
            _ => at,
        };
    }
}
