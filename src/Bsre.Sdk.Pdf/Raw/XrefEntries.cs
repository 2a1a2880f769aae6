using System.Collections;

namespace Bsre.Sdk.Pdf.Raw;

/// <summary>The merged entries of one revision, read through its <see cref="XrefChain"/>: newest section first, each object once.</summary>
internal sealed class XrefEntries(XrefChain chain, int section) : IReadOnlyDictionary<int, XrefEntry>
{
    public int Count => chain.Prefix(section).Objects;

    public IEnumerable<int> Keys => this.Select(e => e.Key);

    public IEnumerable<XrefEntry> Values => this.Select(e => e.Value);

    public XrefEntry this[int key] => TryGetValue(key, out XrefEntry entry) ? entry : throw new KeyNotFoundException($"object {key} has no cross-reference entry");

    public bool ContainsKey(int key) => TryGetValue(key, out _);

    public bool TryGetValue(int key, out XrefEntry value) => chain.TryGet(key, section, out value);

    public IEnumerator<KeyValuePair<int, XrefEntry>> GetEnumerator() => chain.Entries(section, -1).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
