namespace Bsre.Sdk.Pdf.Raw;

/// <summary>
/// The sections of a cross-reference chain, each read once, oldest first. The view of section k is sections 0..k merged
/// (newest entry wins), answered per object from the last section at or before k that defines it, so that every
/// revision of a document is viewed without re-reading or copying the sections before it.
/// </summary>
internal sealed class XrefChain
{
    private readonly XrefSection[] _sections;
    private readonly Dictionary<long, int> _byOffset = [];
    private readonly Dictionary<int, (int Section, XrefEntry Entry)> _newest = [];
    private readonly Dictionary<int, List<(int Section, XrefEntry Entry)>> _earlier = [];
    private readonly (int Objects, int MaxNumber, long Extent, bool Hybrid)[] _prefixes;

    /// <summary>Indexes the sections of a chain, given newest first as a reader follows /Prev.</summary>
    public XrefChain(IReadOnlyList<XrefSection> newestFirst)
    {
        _sections = [.. newestFirst.Reverse()];
        _prefixes = new (int, int, long, bool)[_sections.Length];
        var prefix = (Objects: 0, MaxNumber: int.MinValue, Extent: 0L, Hybrid: false);
        for (int k = 0; k < _sections.Length; k++)
        {
            XrefSection section = _sections[k];
            _byOffset.TryAdd(section.Offset, k);
            foreach (var (number, entry) in section.Entries)
            {
                if (_newest.TryGetValue(number, out var replaced))
                {
                    (_earlier.TryGetValue(number, out var earlier) ? earlier : _earlier[number] = []).Add(replaced);
                }
                else
                {
                    prefix = (prefix.Objects + 1, Math.Max(prefix.MaxNumber, number), prefix.Extent, prefix.Hybrid);
                }

                _newest[number] = (k, entry);
            }

            prefix = (prefix.Objects, prefix.MaxNumber, Math.Max(prefix.Extent, section.Extent), prefix.Hybrid || section.IsHybrid);
            _prefixes[k] = prefix;
        }
    }

    /// <summary>Gets the view of the whole chain.</summary>
    public XrefTable Newest => new(this, _sections.Length - 1);

    public XrefSection Section(int index) => _sections[index];

    /// <summary>Gets the number of distinct objects, the largest object number, the furthest byte read and whether a section is hybrid, over sections 0..<paramref name="index"/>.</summary>
    public (int Objects, int MaxNumber, long Extent, bool Hybrid) Prefix(int index) => _prefixes[index];

    /// <summary>
    /// Returns the view of the section at <paramref name="startXref"/> for a prefix of the file whose first
    /// <paramref name="readable"/> bytes are this chain's, or <see langword="null"/> when that section is not in the
    /// chain or it or an older one reaches past those bytes (the view must then read its own chain).
    /// </summary>
    public XrefTable? ViewAt(long startXref, long readable)
        => _byOffset.TryGetValue(startXref, out int k) && _prefixes[k].Extent < readable ? new XrefTable(this, k) : null;

    /// <summary>Finds the entry of <paramref name="number"/> in the view of section <paramref name="index"/>.</summary>
    public bool TryGet(int number, int index, out XrefEntry entry)
    {
        entry = default;
        if (!_newest.TryGetValue(number, out var newest))
        {
            return false;
        }

        if (newest.Section <= index)
        {
            entry = newest.Entry;
            return true;
        }

        if (!_earlier.TryGetValue(number, out var earlier) || earlier[0].Section > index)
        {
            return false;
        }

        int low = 0, high = earlier.Count - 1;
        while (low < high)
        {
            int middle = (low + high + 1) / 2;
            (low, high) = earlier[middle].Section <= index ? (middle, high) : (low, middle - 1);
        }

        entry = earlier[low].Entry;
        return true;
    }

    /// <summary>Lists the entries that sections <paramref name="newest"/> down to (not including) <paramref name="older"/> define, each object once, newest section first.</summary>
    public IEnumerable<KeyValuePair<int, XrefEntry>> Entries(int newest, int older)
    {
        var seen = new HashSet<int>();
        for (int k = newest; k > older; k--)
        {
            foreach (var (number, entry) in _sections[k].Entries)
            {
                if (seen.Add(number))
                {
                    yield return new(number, entry);
                }
            }
        }
    }
}
