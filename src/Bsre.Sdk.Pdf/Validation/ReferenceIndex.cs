using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>Counts the references to each object in a revision (built only when an existing appearance object was replaced).</summary>
internal static class ReferenceIndex
{
    public static Dictionary<int, (int Count, int Referrer)> Build(PdfFile file, PdfLimits limits)
    {
        var index = new Dictionary<int, (int Count, int Referrer)>();
        Visit(file.Trailer, -2, index, 0, limits);
        foreach (var (number, entry) in file.Xref.Entries.Take(limits.MaxObjects))
        {
            if (entry.Kind == XrefEntryKind.Free)
            {
                continue;
            }

            PdfObject? value;
            try
            {
                value = file.GetObject(number);
            }
            catch (DocumentFormatException e) when (e is not DocumentLimitException)
            {
                continue;
            }

            Visit(value is PdfStream s ? s.Dictionary : value, number, index, 0, limits);
        }

        return index;
    }

    private static void Visit(PdfObject? value, int referrer, Dictionary<int, (int Count, int Referrer)> index, int depth, PdfLimits limits)
    {
        if (depth > limits.MaxDepth)
        {
            throw new DocumentLimitException(nameof(PdfLimits.MaxDepth), limits.MaxDepth, "objects are nested deeper");
        }

        switch (value)
        {
            case PdfReference r:
                index[r.Number] = index.TryGetValue(r.Number, out var seen) ? (seen.Count + 1, seen.Referrer) : (1, referrer);
                break;
            case PdfArray a:
                a.Items.ForEach(i => Visit(i, referrer, index, depth + 1, limits));
                break;
            case PdfDictionary d:
                foreach (var entry in d.Entries)
                {
                    Visit(entry.Value, referrer, index, depth + 1, limits);
                }

                break;
        }
    }
}
