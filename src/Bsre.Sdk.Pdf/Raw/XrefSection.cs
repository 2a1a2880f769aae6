namespace Bsre.Sdk.Pdf.Raw;

/// <summary>One cross-reference section of a /Prev chain as read once: its trailer and its entries, each object once.</summary>
/// <param name="Offset">Where the section starts (what startxref or /Prev points to).</param>
/// <param name="Trailer">The section's trailer (a cross-reference stream's dictionary).</param>
/// <param name="IsStream">Whether the section is a cross-reference stream (else a classic table).</param>
/// <param name="IsHybrid">Whether the section is a classic table with an /XRefStm.</param>
/// <param name="Entries">The entry of each object the section defines, in the order a reader meets them (first wins).</param>
/// <param name="Extent">The offset past the last byte read for the section (its /XRefStm included).</param>
internal sealed record XrefSection(long Offset, PdfDictionary Trailer, bool IsStream, bool IsHybrid, (int Number, XrefEntry Entry)[] Entries, long Extent);
