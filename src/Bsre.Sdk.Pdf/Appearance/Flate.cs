using System.IO.Compression;

namespace Bsre.Sdk.Pdf.Appearance;

/// <summary>Compresses the data of new streams for /FlateDecode and decompresses image data (zlib, ISO 32000-1 7.4.4).</summary>
internal static class Flate
{
    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] Decompress(byte[] data)
    {
        using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }
}
