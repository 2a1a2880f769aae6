using System.IO.Compression;

namespace Bsre.Sdk.Pdf.Raw;

/// <summary>Decodes the stream filters the raw layer needs to read structure: FlateDecode with PNG/TIFF-free predictors.</summary>
internal static class StreamDecoder
{
    private const int ChunkSize = 64 << 10;

    /// <summary>
    /// Decodes <paramref name="raw"/> within <paramref name="budget"/>: inflation stops as soon as one filter's output
    /// passes <see cref="PdfReadBudget.MaxStreamLength"/> or the document's decoded bytes pass their limit.
    /// </summary>
    /// <param name="dictionary">The stream dictionary (/Filter, /DecodeParms).</param>
    /// <param name="raw">The stream's raw bytes.</param>
    /// <param name="budget">The document's read budget.</param>
    public static byte[] Decode(PdfDictionary dictionary, byte[] raw, PdfReadBudget budget)
    {
        PdfObject? filter = dictionary["Filter"];
        string[] filters = filter switch
        {
            null => [],
            PdfName name => [name.Value],
            PdfArray array => array.Items.OfType<PdfName>().Select(n => n.Value).ToArray(),
            _ => throw PdfFormat.Error("bad stream /Filter"),
        };
        PdfObject? parms = dictionary["DecodeParms"];
        byte[] data = raw;
        for (int i = 0; i < filters.Length; i++)
        {
            if (filters[i] == "Crypt")
            {
                continue; // applied by the security handler when the raw data was read
            }

            if (filters[i] is not ("FlateDecode" or "Fl"))
            {
                throw PdfFormat.Error($"the structural stream filter /{filters[i]} is not supported");
            }

            data = Inflate(data, budget);
            var p = parms is PdfArray pa ? pa.Items.ElementAtOrDefault(i) as PdfDictionary : parms as PdfDictionary;
            data = PngPredictor.Undo(data, p);
        }

        return data;
    }

    /// <summary>Inflates into chunks, then one array of the exact size: memory is at most twice the output, never a doubling buffer's slack.</summary>
    private static byte[] Inflate(byte[] data, PdfReadBudget budget)
    {
        using var input = new MemoryStream(data);
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        var chunks = new List<byte[]>();
        long total = 0;
        int last = 0;
        try
        {
            while (true)
            {
                byte[] chunk = new byte[ChunkSize];
                last = zlib.ReadAtLeast(chunk, ChunkSize, throwOnEndOfStream: false);
                if (last == 0)
                {
                    break;
                }

                total += last;
                if (total > budget.MaxStreamLength)
                {
                    throw budget.StreamTooLong("a stream decodes to more bytes");
                }

                budget.Spend(last);
                chunks.Add(chunk);
                if (last < ChunkSize)
                {
                    break;
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new DocumentFormatException("The file is not a readable PDF: a compressed stream is corrupt.", e);
        }

        byte[] output = new byte[total];
        for (int c = 0; c < chunks.Count; c++)
        {
            int count = c == chunks.Count - 1 ? (int)(total - ((long)c * ChunkSize)) : ChunkSize;
            Buffer.BlockCopy(chunks[c], 0, output, c * ChunkSize, count);
        }

        return output;
    }
}
