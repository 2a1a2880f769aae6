namespace Bsre.Sdk.Pdf.Raw;

/// <summary>A dictionary object; keeps the keys in their source order so rewritten objects stay recognisable.</summary>
internal sealed class PdfDictionary : PdfObject
{
    private readonly List<KeyValuePair<string, PdfObject>> _entries = [];

    public IReadOnlyList<KeyValuePair<string, PdfObject>> Entries => _entries;

    public PdfObject? this[string key]
    {
        get
        {
            int i = IndexOf(key);
            return i < 0 ? null : _entries[i].Value;
        }

        set
        {
            int i = IndexOf(key);
            if (value is null)
            {
                if (i >= 0)
                {
                    _entries.RemoveAt(i);
                }
            }
            else if (i >= 0)
            {
                _entries[i] = new(key, value);
            }
            else
            {
                _entries.Add(new(key, value));
            }
        }
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public string? GetName(string key) => (this[key] as PdfName)?.Value;

    public PdfDictionary Clone()
    {
        var copy = new PdfDictionary();
        copy._entries.AddRange(_entries);
        return copy;
    }

    private int IndexOf(string key)
    {
        for (int i = 0; i < _entries.Count; i++)
        {
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
