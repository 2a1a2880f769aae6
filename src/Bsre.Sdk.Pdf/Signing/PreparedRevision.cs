using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>
/// An appended revision whose /ByteRange is final and whose /Contents gap awaits the CMS: hashes the
/// covered bytes in chunks and writes the signed output (original bytes copied, revision appended).
/// </summary>
internal sealed class PreparedRevision
{
    public PreparedRevision(PdfRevision revision, long contentsOffset, long byteRangeAt, int contentsCapacity)
    {
        Revision = revision;
        ContentsOffset = contentsOffset;
        ContentsCapacity = contentsCapacity;
        long gapEnd = contentsOffset + 2 + (2L * contentsCapacity);
        ByteRange = [0, contentsOffset, gapEnd, revision.TotalLength - gapEnd];
        string text = string.Create(CultureInfo.InvariantCulture, $"[{ByteRange[0]} {ByteRange[1]} {ByteRange[2]} {ByteRange[3]}]");
        if (text.Length > SignatureDictionaryBuilder.ByteRangeWidth)
        {
            throw new DocumentFormatException("The document is too large for a /ByteRange.");
        }

        Encoding.ASCII.GetBytes(text.PadRight(SignatureDictionaryBuilder.ByteRangeWidth), revision.Bytes.Span[(int)(byteRangeAt - revision.Start)..]);
    }

    public PdfRevision Revision { get; }

    /// <summary>Gets the output offset of the '&lt;' that opens /Contents.</summary>
    public long ContentsOffset { get; }

    /// <summary>Gets the capacity of /Contents in bytes (twice as many hex digits).</summary>
    public int ContentsCapacity { get; }

    public long[] ByteRange { get; }

    /// <summary>Hashes the two ByteRange parts: the original file from <paramref name="original"/>, then the revision outside the gap.</summary>
    public async Task<byte[]> DigestAsync(Stream original, HashAlgorithmName hashAlgorithm, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(hashAlgorithm);
        await OriginalBytes.CopyAsync(original, Revision.Start, hash.AppendData, null, cancellationToken).ConfigureAwait(false);
        int gapStart = (int)(ByteRange[1] - Revision.Start);
        int gapEnd = (int)(ByteRange[2] - Revision.Start);
        hash.AppendData(Revision.Bytes.Span[..gapStart]);
        hash.AppendData(Revision.Bytes.Span[gapEnd..]);
        return hash.GetHashAndReset();
    }

    /// <summary>Writes the original bytes and the revision with <paramref name="cms"/> in /Contents.</summary>
    public async Task WriteAsync(Stream original, Stream output, ReadOnlyMemory<byte> cms, CancellationToken cancellationToken)
    {
        if (cms.Length > ContentsCapacity)
        {
            throw new InvalidOperationException("The CMS does not fit the placeholder.");
        }

        await OriginalBytes.CopyAsync(original, Revision.Start, null, output, cancellationToken).ConfigureAwait(false);
        int at = (int)(ContentsOffset - Revision.Start) + 1;
        int hexLength = 2 * cms.Length;
        await output.WriteAsync(Revision.Bytes[..at], cancellationToken).ConfigureAwait(false);
        byte[] hex = ArrayPool<byte>.Shared.Rent(hexLength);
        try
        {
            HexDigits.Write(cms.Span, hex);
            await output.WriteAsync(hex.AsMemory(0, hexLength), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(hex);
        }

        // the rest of the placeholder keeps its '0' digits
        await output.WriteAsync(Revision.Bytes[(at + hexLength)..], cancellationToken).ConfigureAwait(false);
    }
}
