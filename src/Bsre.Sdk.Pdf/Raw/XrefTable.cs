namespace Bsre.Sdk.Pdf.Raw;

/// <summary>
/// One revision's view of a cross-reference chain: the merged entries of its section and every older one (newest
/// entry wins) and its own trailer. Views of the revisions of one document share their <see cref="XrefChain"/>.
/// </summary>
internal sealed class XrefTable
{
    private readonly int _section;

    public XrefTable(XrefChain chain, int section)
    {
        Chain = chain;
        _section = section;
        Entries = new XrefEntries(chain, section);
    }

    public XrefChain Chain { get; }

    public IReadOnlyDictionary<int, XrefEntry> Entries { get; }

    public PdfDictionary Trailer => Chain.Section(_section).Trailer;

    /// <summary>Gets the offset of the newest section (the file's startxref value).</summary>
    public long StartXref => Chain.Section(_section).Offset;

    /// <summary>Gets whether the newest section is a cross-reference stream (else a classic table).</summary>
    public bool NewestIsStream => Chain.Section(_section).IsStream;

    /// <summary>Gets whether a classic table of the chain has an /XRefStm (a hybrid-reference section).</summary>
    public bool HasHybridSection => Chain.Prefix(_section).Hybrid;

    /// <summary>Gets the number of sections followed through /Prev.</summary>
    public int SectionCount => _section + 1;

    /// <summary>Gets the largest object number with an entry, or <see cref="int.MinValue"/> when there is none.</summary>
    public int MaxNumber => Chain.Prefix(_section).MaxNumber;

    /// <summary>
    /// Lists the entries that may differ from <paramref name="older"/>'s, newest section first: those of the sections
    /// after it when both views share a chain and it is older, else every entry.
    /// </summary>
    public IEnumerable<KeyValuePair<int, XrefEntry>> ChangedSince(XrefTable older)
        => older.Chain == Chain && older._section <= _section ? Chain.Entries(_section, older._section) : Entries;
}
