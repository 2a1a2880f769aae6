namespace Bsre.Sdk.Pdf.Raw;

/// <summary>Turns the decoded data of a cross-reference stream into entries, using /W and /Index.</summary>
internal static class XrefStreamDecoder
{
    public static List<(int Number, XrefEntry Entry)> Decode(PdfDictionary dictionary, byte[] data)
    {
        if (dictionary["W"] is not PdfArray { Items.Count: 3 } w || w.Items.Any(i => i is not PdfNumber))
        {
            throw PdfFormat.Error("cross-reference stream without a valid /W");
        }

        int[] widths = w.Items.Select(i => (int)((PdfNumber)i).LongValue).ToArray();
        if (widths.Any(x => x is < 0 or > 8))
        {
            throw PdfFormat.Error("cross-reference stream /W out of range");
        }

        long size = (dictionary["Size"] as PdfNumber)?.LongValue ?? throw PdfFormat.Error("cross-reference stream without /Size");
        List<long> index = dictionary["Index"] is PdfArray idx
            ? idx.Items.Select(i => (i as PdfNumber)?.LongValue ?? 0).ToList()
            : [0, size];

        int rowSize = widths.Sum();
        if (rowSize == 0)
        {
            throw PdfFormat.Error("cross-reference stream whose /W gives its rows no bytes");
        }

        var entries = new List<(int, XrefEntry)>();
        int position = 0;
        for (int s = 0; s + 1 < index.Count; s += 2)
        {
            if (index[s] < 0 || index[s + 1] < 0 || index[s] + index[s + 1] > int.MaxValue)
            {
                throw PdfFormat.Error($"cross-reference stream /Index subsection {index[s]} {index[s + 1]} is out of range");
            }

            for (long i = 0; i < index[s + 1]; i++)
            {
                if (position + rowSize > data.Length)
                {
                    throw PdfFormat.Error("cross-reference stream shorter than its /Index says");
                }

                long type = widths[0] == 0 ? 1 : Field(data, ref position, widths[0]);
                long field2 = Field(data, ref position, widths[1]);
                long field3 = Field(data, ref position, widths[2]);
                XrefEntryKind kind = type switch
                {
                    0 => XrefEntryKind.Free,
                    1 => XrefEntryKind.InFile,
                    2 => XrefEntryKind.InObjectStream,
                    _ => XrefEntryKind.Free,
                };
                entries.Add(((int)(index[s] + i), new XrefEntry(kind, field2, (int)field3)));
            }
        }

        return entries;
    }

    private static long Field(byte[] data, ref int position, int width)
    {
        long value = 0;
        for (int i = 0; i < width; i++)
        {
            value = (value << 8) | data[position++];
        }

        return value;
    }
}
