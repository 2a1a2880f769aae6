namespace Bsre.Sdk.Pdf.Raw.Encryption;

/// <summary>
/// Applies a cipher to every string inside an object, except the /Contents of a signature dictionary
/// (one with /ByteRange, or /Type /Sig or /DocTimeStamp), which is never encrypted. Decryption rewrites a
/// freshly parsed object in place; encryption (<c>copy</c>) builds a copy, as new objects are reused.
/// </summary>
internal sealed class StringCipherWalker(Func<byte[], byte[]> cipher, bool copy)
{
    private const int MaxDepth = 256;

    public PdfObject Apply(PdfObject value) => Apply(value, 0);

    private static bool IsSignatureDictionary(PdfDictionary dictionary)
        => dictionary.ContainsKey("ByteRange") || dictionary.GetName("Type") is "Sig" or "DocTimeStamp";

    private PdfObject Apply(PdfObject value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw PdfFormat.Error("objects nested too deeply");
        }

        switch (value)
        {
            case PdfString s:
                return new PdfString(cipher(s.Value), isHex: copy || s.IsHex);
            case PdfArray array:
                var items = copy ? new PdfArray(array.Items) : array;
                for (int i = 0; i < items.Items.Count; i++)
                {
                    items.Items[i] = Apply(items.Items[i], depth + 1);
                }

                return items;
            case PdfDictionary dictionary:
                var entries = copy ? dictionary.Clone() : dictionary;
                bool signature = IsSignatureDictionary(dictionary);
                foreach (var (key, item) in dictionary.Entries.ToList())
                {
                    if (!(signature && key == "Contents"))
                    {
                        entries[key] = Apply(item, depth + 1);
                    }
                }

                return entries;
            case PdfStream stream when !copy:
                Apply(stream.Dictionary, depth + 1);
                return stream;
            default:
                return value;
        }
    }
}
