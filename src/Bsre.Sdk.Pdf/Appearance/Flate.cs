using System.IO.Compression;

namespace Bsre.Sdk.Pdf.Appearance;

/// <summary>Compresses the data of new streams for /FlateDecode (zlib, ISO 32000-1 7.4.4).</summary>
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
}
