using System.Buffers.Binary;
using System.IO.Compression;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Tests.Infrastructure;

/// <summary>Test images: a generated RGBA PNG, and a real JPEG taken from the img2pdf corpus file.</summary>
internal static class TestImages
{
    /// <summary>Makes a width×height RGBA PNG: a blue disc on a transparent background.</summary>
    public static byte[] Png(int width = 32, int height = 24) => Png(width, height, (x, y) =>
    {
        bool inside = Math.Pow(x - (width / 2.0), 2) + Math.Pow(y - (height / 2.0), 2) < Math.Pow(Math.Min(width, height) / 2.2, 2);
        return [30, 80, 200, (byte)(inside ? 255 : 0)];
    });

    /// <summary>Makes a width×height RGBA PNG whose pixel (x, y), row 0 at the top, is <paramref name="pixel"/>'s four bytes.</summary>
    public static byte[] Png(int width, int height, Func<int, int, byte[]> pixel)
    {
        using var raw = new MemoryStream();
        for (int y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            for (int x = 0; x < width; x++)
            {
                raw.Write(pixel(x, y));
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        byte[] header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 6;
        Chunk(png, "IHDR", header);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(zlib);
        }

        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>Gets the first DCTDecode image stream of the img2pdf corpus file (a real JPEG).</summary>
    public static byte[] Jpeg()
    {
        using var stream = File.OpenRead(SharedPaths.CorpusFile("27-img2pdf-photos-20mb.pdf"));
        var file = PdfFile.Open(stream);
        foreach (int number in file.Xref.Entries.Keys.Order())
        {
            if (file.GetObject(number) is PdfStream s && s.Dictionary.GetName("Filter") == "DCTDecode")
            {
                return file.ReadRawStream(s);
            }
        }

        throw new InvalidOperationException("no JPEG in the corpus file");
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        byte[] length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        byte[] typeAndData = [.. System.Text.Encoding.ASCII.GetBytes(type), .. data];
        output.Write(typeAndData);
        byte[] crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        output.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
