using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Signing;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>The two versions compared (as signed, and newest) and the roles of the signed version's objects.</summary>
internal sealed class DiffContext
{
    private Dictionary<int, (int Count, int Referrer)>? _references;

    public DiffContext(PdfFile signed, PdfFile final, PdfLimits limits)
    {
        Signed = signed;
        Final = final;
        Limits = limits;
        RootNumbers = [Number(signed.Trailer["Root"]), Number(final.Trailer["Root"])];
        InfoNumbers = [Number(signed.Trailer["Info"]), Number(final.Trailer["Info"])];
        AcroFormNumbers = [Number(signed.Catalog["AcroForm"]), Number(final.Catalog["AcroForm"])];
        MetadataNumbers = [Number(signed.Catalog["Metadata"]), Number(final.Catalog["Metadata"])];
        foreach (PdfFile file in new[] { signed, final })
        {
            if (file.ResolveDictionary(file.Catalog["DSS"]) is { } dss)
            {
                DssNumbers.Add(Number(file.Catalog["DSS"]));
                DssNumbers.UnionWith(dss.Entries.Select(e => Number(e.Value)));
                if (file.ResolveDictionary(dss["VRI"]) is { } vri)
                {
                    DssNumbers.UnionWith(vri.Entries.Select(e => Number(e.Value)));
                }
            }
        }

        var pages = signed.GetPages();
        for (int i = 0; i < pages.Count; i++)
        {
            PageNumbers[pages[i].Number] = i + 1;
            if (signed.ResolveDictionary(pages[i]) is { } page)
            {
                AnnotsArrays[Number(page["Annots"])] = i + 1;
                PageTreeNodes.Add(Number(page["Parent"]));
            }
        }

        if (signed.ResolveDictionary(signed.Catalog["AcroForm"]) is { } form && signed.Resolve(form["Fields"]) is PdfArray fields)
        {
            foreach (SignatureField field in FieldTree.Find(signed, fields))
            {
                Fields[field.Reference.Number] = field;
            }
        }
    }

    public PdfFile Signed { get; }

    public PdfFile Final { get; }

    public PdfLimits Limits { get; }

    public HashSet<int> RootNumbers { get; }

    public HashSet<int> InfoNumbers { get; }

    public HashSet<int> AcroFormNumbers { get; }

    /// <summary>Gets the document's XMP metadata streams (rewritten by every Adobe save: an LTA-level change).</summary>
    public HashSet<int> MetadataNumbers { get; }

    public HashSet<int> DssNumbers { get; } = [];

    public HashSet<int> PageTreeNodes { get; } = [];

    /// <summary>Gets the page objects of the signed version and their page numbers.</summary>
    public Dictionary<int, int> PageNumbers { get; } = [];

    /// <summary>Gets the indirect /Annots arrays of the signed version's pages, with their page numbers.</summary>
    public Dictionary<int, int> AnnotsArrays { get; } = [];

    /// <summary>Gets the terminal form fields of the signed version.</summary>
    public Dictionary<int, SignatureField> Fields { get; } = [];

    /// <summary>Gets the names of the fields whose value (/V) changed: what FieldMDP locks.</summary>
    public HashSet<string> ChangedFields { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the fields whose value changed, by object number (their appearance objects may be replaced).</summary>
    public HashSet<int> FilledFields { get; } = [];

    /// <summary>Gets the signature widgets added with a visible rectangle (a sneaky-signature risk in certified documents).</summary>
    public List<int> AddedVisibleSignatures { get; } = [];

    public static int Number(PdfObject? value) => value is PdfReference r ? r.Number : -1;

    /// <summary>Returns how often the signed version references <paramref name="number"/>, and one referrer.</summary>
    public (int Count, int Referrer) References(int number)
    {
        _references ??= ReferenceIndex.Build(Signed, Limits);
        return _references.TryGetValue(number, out var found) ? found : (0, -1);
    }
}
