namespace Bsre.Sdk.Pdf.Raw;

/// <summary>The serialised bytes of an appended revision and where each of its objects starts in the output.</summary>
/// <param name="Bytes">Everything appended after the original file (the serialiser's buffer itself, not a copy).</param>
/// <param name="Start">The output offset of <paramref name="Bytes"/>[0], i.e. the original file's length.</param>
/// <param name="Offsets">The output offset of each written object, by object number.</param>
internal sealed record PdfRevision(Memory<byte> Bytes, long Start, IReadOnlyDictionary<int, long> Offsets)
{
    public long TotalLength => Start + Bytes.Length;
}
