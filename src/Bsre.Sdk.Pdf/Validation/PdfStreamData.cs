using System.IO.Compression;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>Reads a stream's data within <see cref="PdfLimits.MaxStreamLength"/>, raw or decoded (inflation stops at the limit).</summary>
internal static class PdfStreamData
{
    public static byte[] Raw(PdfFile file, PdfStream stream, PdfLimits limits)
    {
        long declared = (file.Resolve(stream.Dictionary["Length"]) as PdfNumber)?.LongValue ?? 0;
        return declared <= limits.MaxStreamLength
            ? file.ReadRawStream(stream)
            : throw PdfLimitException.Create(nameof(PdfLimits.MaxStreamLength), $"a stream declares {declared} bytes, more than {limits.MaxStreamLength}");
    }

    public static byte[] Decode(PdfFile file, PdfStream stream, PdfLimits limits)
    {
        byte[] raw = Raw(file, stream, limits);
        byte[] decoded = stream.Dictionary["Filter"] is PdfName { Value: "FlateDecode" or "Fl" } && stream.Dictionary["DecodeParms"] is null
            ? Inflate(raw, limits.MaxStreamLength)
            : StreamDecoder.Decode(stream.Dictionary, raw);
        return decoded.Length <= limits.MaxStreamLength ? decoded : throw TooLong(limits);
    }

    private static byte[] Inflate(byte[] data, int limit)
    {
        using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        byte[] buffer = new byte[16384];
        try
        {
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > limit)
                {
                    throw TooLong(new PdfLimits { MaxStreamLength = limit });
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new DocumentFormatException("The file is not a readable PDF: a compressed stream is corrupt.", e);
        }

        return output.ToArray();
    }

    private static DocumentFormatException TooLong(PdfLimits limits)
        => PdfLimitException.Create(nameof(PdfLimits.MaxStreamLength), $"a stream decodes to more than {limits.MaxStreamLength} bytes");
}
