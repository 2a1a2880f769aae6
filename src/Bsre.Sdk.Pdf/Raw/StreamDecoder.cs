using System.IO.Compression;

namespace Bsre.Sdk.Pdf.Raw;

/// <summary>Decodes the stream filters the raw layer needs to read structure: FlateDecode with PNG/TIFF-free predictors.</summary>
internal static class StreamDecoder
{
    private const int MaxDecodedSize = 256 << 20;

    public static byte[] Decode(PdfDictionary dictionary, byte[] raw)
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
            if (filters[i] is not ("FlateDecode" or "Fl"))
            {
                throw PdfFormat.Error($"the structural stream filter /{filters[i]} is not supported");
            }

            data = Inflate(data);
            var p = parms is PdfArray pa ? pa.Items.ElementAtOrDefault(i) as PdfDictionary : parms as PdfDictionary;
            data = PngPredictor.Undo(data, p);
        }

        return data;
    }

    private static byte[] Inflate(byte[] data)
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
                if (output.Length > MaxDecodedSize)
                {
                    throw PdfFormat.Error("a structural stream decodes to more than 256 MiB");
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
