using System.Globalization;
using System.Text;

namespace Bsre.Sdk.Pdf.Tests.Hostile;

/// <summary>Writes small hand-made PDFs whose cross-reference stream (compressed when its dictionary names /FlateDecode) can put objects in object streams, for hostile-structure tests.</summary>
internal static class MiniPdf
{
    /// <summary>Builds a PDF: <paramref name="objects"/> are written in the file (number → text after "n 0 obj"), <paramref name="compressed"/>
    /// are listed as in an object stream (number → stream number and index); the cross-reference stream is object 99.</summary>
    public static byte[] Build(IReadOnlyDictionary<int, string> objects, IReadOnlyDictionary<int, (int Stream, int Index)>? compressed = null, string xrefExtra = "/Length {0}")
    {
        var text = new StringBuilder("%PDF-1.7\n");
        var offsets = new Dictionary<int, int>();
        foreach (var (number, body) in objects.OrderBy(o => o.Key))
        {
            offsets[number] = text.Length;
            text.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        var rows = new List<byte>();
        for (int n = 0; n < 100; n++)
        {
            (byte type, int field2, int field3) = offsets.TryGetValue(n, out int offset) ? ((byte)1, offset, 0)
                : compressed?.TryGetValue(n, out var at) == true ? ((byte)2, at.Stream, at.Index)
                : n == 99 ? ((byte)1, text.Length, 0)
                : ((byte)0, 0, 0);
            rows.AddRange([type, (byte)(field2 >> 24), (byte)(field2 >> 16), (byte)(field2 >> 8), (byte)field2, (byte)(field3 >> 8), (byte)field3]);
        }

        int xref = text.Length;
        byte[] data = [.. rows];
        if (xrefExtra.Contains("/FlateDecode", StringComparison.Ordinal))
        {
            using var packed = new MemoryStream();
            using (var zlib = new System.IO.Compression.ZLibStream(packed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            {
                zlib.Write(data);
            }

            data = packed.ToArray();
        }

        string dictionary = string.Format(CultureInfo.InvariantCulture, xrefExtra, data.Length);
        byte[] head = Encoding.Latin1.GetBytes(text + $"99 0 obj\n<</Type /XRef /Size 100 /W [1 4 2] /Root 1 0 R {dictionary}>>\nstream\n");
        byte[] tail = Encoding.Latin1.GetBytes($"\nendstream\nendobj\nstartxref\n{xref}\n%%EOF\n");
        return [.. head, .. data, .. tail];
    }

    /// <summary>An object stream body holding <paramref name="objects"/> (uncompressed), with /N and /First as given or as they should be.</summary>
    public static string ObjectStream(string[] objects, int firstNumber, string? n = null, string? first = null)
    {
        var header = new StringBuilder();
        var body = new StringBuilder();
        for (int i = 0; i < objects.Length; i++)
        {
            header.Append(CultureInfo.InvariantCulture, $"{firstNumber + i} {body.Length} ");
            body.Append(objects[i]).Append(' ');
        }

        string data = header.ToString() + body;
        return $"<</Type /ObjStm /N {n ?? objects.Length.ToString(CultureInfo.InvariantCulture)} /First {first ?? header.Length.ToString(CultureInfo.InvariantCulture)} /Length {data.Length}>>\nstream\n{data}\nendstream";
    }
}
