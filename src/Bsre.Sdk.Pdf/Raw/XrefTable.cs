namespace Bsre.Sdk.Pdf.Raw;

/// <summary>The merged cross-reference data of every revision (newest entry wins) and the newest trailer.</summary>
internal sealed class XrefTable
{
    public Dictionary<int, XrefEntry> Entries { get; } = [];

    public required PdfDictionary Trailer { get; init; }

    /// <summary>Gets the offset of the newest section (the file's startxref value).</summary>
    public required long StartXref { get; init; }

    /// <summary>Gets whether the newest section is a cross-reference stream (else a classic table).</summary>
    public required bool NewestIsStream { get; init; }

    /// <summary>Gets or sets whether a classic table of the chain has an /XRefStm (a hybrid-reference section).</summary>
    public bool HasHybridSection { get; set; }

    /// <summary>Gets the number of sections followed through /Prev and /XRefStm.</summary>
    public int SectionCount { get; set; }

    /// <summary>Adds an entry unless a newer section already defined the object.</summary>
    public void AddIfAbsent(int number, XrefEntry entry) => Entries.TryAdd(number, entry);
}
