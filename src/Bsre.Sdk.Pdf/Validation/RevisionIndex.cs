using System.Text;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// Lists the revisions of a PDF by the sections of its cross-reference chain (startxref, then /Prev, as
/// <see cref="XrefReader"/> followed it) and the
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
        for (int k = 0; k < file.Xref.SectionCount; k++)
        {
            long offset = file.Xref.Chain.Section(k).Offset;
            long eof = FindEof(file.Reader, ReadTrailerEnd(file, offset, limits));
            if (eof >= 0)
            {
                revisions.Add(new PdfRevisionEnd(offset, eof + Eof.Length, SkipEol(file.Reader, eof + Eof.Length)));
            }
        }

        return [.. revisions.DistinctBy(r => r.End).OrderBy(r => r.End)];
    }

    /// <summary>Finds where the section at <paramref name="offset"/> ends: after its trailer dictionary, or after a cross-reference stream's data.</summary>
    private static long ReadTrailerEnd(PdfFile file, long offset, PdfLimits limits)
    {
        PdfParser parser = file.Parser;
        parser.Seek(offset);
        PdfToken first = parser.NextToken();
        if (first.Kind != PdfTokenKind.Keyword || first.Text != "xref")
        {
            var stream = parser.ParseIndirectObject(offset, -1) as PdfStream ?? throw PdfFormat.Error($"no cross-reference section at offset {offset}");
            return stream.DataOffset + Math.Max(0, (stream.Dictionary["Length"] as PdfNumber)?.LongValue ?? 0);
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
                _ = parser.ParseObject() as PdfDictionary ?? throw PdfFormat.Error("a trailer is not a dictionary");
                return file.Reader.Position;
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
