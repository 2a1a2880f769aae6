using System.Globalization;

namespace Bsre.Sdk.Pdf.Raw;

/// <summary>Writes the cross-reference section of an appended revision: a classic table or an (unfiltered) xref stream.</summary>
internal static class XrefSectionWriter
{
    public static void WriteTable(Stream output, PdfDictionary trailer, SortedDictionary<int, (long Offset, int Generation)> offsets)
    {
        PdfSerializer.Ascii(output, "xref\n");
        foreach (var run in Runs(offsets.Keys))
        {
            PdfSerializer.Ascii(output, string.Create(CultureInfo.InvariantCulture, $"{run.Start} {run.Count}\n"));
            for (int n = run.Start; n < run.Start + run.Count; n++)
            {
                var (offset, generation) = offsets[n];
                PdfSerializer.Ascii(output, string.Create(CultureInfo.InvariantCulture, $"{offset:D10} {generation:D5} n\r\n"));
            }
        }

        PdfSerializer.Ascii(output, "trailer\n");
        PdfSerializer.Write(output, trailer);
    }

    public static void WriteStream(Stream output, int number, PdfDictionary trailer, SortedDictionary<int, (long Offset, int Generation)> offsets)
    {
        long max = offsets.Values.Max(o => o.Offset);
        int width = 1;
        while (width < 8 && max >= 1L << (8 * width))
        {
            width++;
        }

        int rowSize = 1 + width + 2;
        byte[] data = new byte[offsets.Count * rowSize];
        int p = 0;
        foreach (var (offset, generation) in offsets.Values)
        {
            data[p++] = 1;
            for (int i = width - 1; i >= 0; i--)
            {
                data[p++] = (byte)(offset >> (8 * i));
            }

            data[p++] = (byte)(generation >> 8);
            data[p++] = (byte)generation;
        }

        var dictionary = new PdfDictionary { ["Type"] = new PdfName("XRef") };
        foreach (var (key, value) in trailer.Entries)
        {
            dictionary[key] = value;
        }

        dictionary["W"] = PdfArray.OfNumbers(1, width, 2);
        dictionary["Index"] = new PdfArray(Runs(offsets.Keys).SelectMany(r => new PdfObject[] { new PdfNumber(r.Start), new PdfNumber(r.Count) }));
        PdfSerializer.Ascii(output, string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n"));
        PdfSerializer.Write(output, new PdfStream(dictionary, data));
        PdfSerializer.Ascii(output, "\nendobj");
    }

    private static List<(int Start, int Count)> Runs(IEnumerable<int> numbers)
    {
        var runs = new List<(int Start, int Count)>();
        foreach (int n in numbers)
        {
            if (runs.Count > 0 && runs[^1].Start + runs[^1].Count == n)
            {
                runs[^1] = (runs[^1].Start, runs[^1].Count + 1);
            }
            else
            {
                runs.Add((n, 1));
            }
        }

        return runs;
    }
}
