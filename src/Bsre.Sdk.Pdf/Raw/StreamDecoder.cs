using System.IO.Compression;

namespace Bsre.Sdk.Pdf.Raw;

/// <summary>Decodes the stream filters the raw layer needs to read structure: FlateDecode with PNG/TIFF-free predictors.</summary>
internal static class StreamDecoder
{
    private const int MaxDecodedSize = 256 << 20;

    /// <summary>Decodes <paramref name="raw"/>; inflation stops once the output passes <paramref name="maxDecodedSize"/>.</summary>
    /// <param name="dictionary">The stream dictionary (/Filter, /DecodeParms).</param>
    /// <param name="raw">The stream's raw bytes.</param>
    /// <param name="maxDecodedSize">The largest decoded size accepted.</param>
    /// <param name="tooLarge">Makes the error for an oversized stream; by default a structural-stream format error.</param>
    public static byte[] Decode(PdfDictionary dictionary, byte[] raw, int maxDecodedSize = MaxDecodedSize, Func<DocumentFormatException>? tooLarge = null)
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

            data = Inflate(data, maxDecodedSize, tooLarge);
            var p = parms is PdfArray pa ? pa.Items.ElementAtOrDefault(i) as PdfDictionary : parms as PdfDictionary;
            data = PngPredictor.Undo(data, p);
        }

        return data;
    }

    private static byte[] Inflate(byte[] data, int maxDecodedSize, Func<DocumentFormatException>? tooLarge)
    {
        using var input = new MemoryStream(data);
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        byte[] buffer = new byte[16384];
        try
        {
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > maxDecodedSize)
                {
                    throw tooLarge?.Invoke() ?? PdfFormat.Error($"a structural stream decodes to more than {maxDecodedSize} bytes");
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new DocumentFormatException("The file is not a readable PDF: a compressed stream is corrupt.", e);
        }

        return output.ToArray();
    }
}
