using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Signing;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>Two consecutive revisions compared (the older and the one an incremental update made of it) and the roles of the older one's objects.</summary>
internal sealed class DiffContext
{
    private Dictionary<int, (int Count, int Referrer)>? _references;
    private Dictionary<int, string>? _structure;
    private string? _dssProblem;

    public DiffContext(PdfFile older, PdfFile newer, PdfLimits limits)
    {
        Older = older;
        Newer = newer;
        Limits = limits;
        RootNumbers = [Number(older.Trailer["Root"]), Number(newer.Trailer["Root"])];
        InfoNumbers = [Number(older.Trailer["Info"]), Number(newer.Trailer["Info"])];
        AcroFormNumbers = [Number(older.Catalog["AcroForm"]), Number(newer.Catalog["AcroForm"])];
        MetadataNumbers = [Number(older.Catalog["Metadata"]), Number(newer.Catalog["Metadata"])];
        OlderDss = DssContent.Parts(older, limits);
        FieldsArrays = [Number(older.ResolveDictionary(older.Catalog["AcroForm"])?["Fields"]), Number(newer.ResolveDictionary(newer.Catalog["AcroForm"])?["Fields"])];
        if (older.ResolveDictionary(older.Catalog["AcroForm"])?["DR"] is { } resources)
        {
            FormResources = [Number(resources), Number(older.ResolveDictionary(resources)?["Font"])];
        }

        var pages = older.GetPages();
        for (int i = 0; i < pages.Count; i++)
        {
            PageNumbers[pages[i].Number] = i + 1;
            if (older.ResolveDictionary(pages[i]) is { } page)
            {
                AnnotsArrays[Number(page["Annots"])] = i + 1;
                Annotations.UnionWith((older.Resolve(page["Annots"]) as PdfArray)?.Items.Select(Number) ?? []);
                PageTreeNodes.Add(Number(page["Parent"]));
            }
        }

        foreach (SignatureField field in FieldTree.Of(older))
        {
            Fields[field.Reference.Number] = field;
        }
    }

    public PdfFile Older { get; }

    public PdfFile Newer { get; }

    public PdfLimits Limits { get; }

    public HashSet<int> RootNumbers { get; }

    public HashSet<int> InfoNumbers { get; }

    public HashSet<int> AcroFormNumbers { get; }

    /// <summary>Gets the form's /Fields when it is an indirect array of its own (in either revision).</summary>
    public HashSet<int> FieldsArrays { get; }

    /// <summary>Gets the document's XMP metadata streams (rewritten by every Adobe save: an LTA-level change).</summary>
    public HashSet<int> MetadataNumbers { get; }

    /// <summary>Gets the objects of the older revision's /DSS (deleting or rewriting them is LTV upkeep; an object becoming part of a DSS is not).</summary>
    public HashSet<int> OlderDss { get; }

    /// <summary>Gets the older revision's indirect AcroForm /DR and /DR /Font dictionaries (fonts may be added to them when a field is filled).</summary>
    public HashSet<int> FormResources { get; } = [];

    /// <summary>Gets the annotations on the older revision's pages.</summary>
    public HashSet<int> Annotations { get; } = [];

    /// <summary>Gets the older revision's structure tree objects and their roles (root, element, parent tree).</summary>
    public Dictionary<int, string> StructureRoles => _structure ??= StructureChanges.Roles(Older, Limits);

    /// <summary>Gets what in the newer revision's /DSS is not validation data, or an empty string when all of it is.</summary>
    public string NewerDssProblem => _dssProblem ??= DssContent.Problem(Newer, Limits) ?? string.Empty;

    public HashSet<int> PageTreeNodes { get; } = [];

    /// <summary>Gets the page objects of the older version and their page numbers.</summary>
    public Dictionary<int, int> PageNumbers { get; } = [];

    /// <summary>Gets the indirect /Annots arrays of the older version's pages, with their page numbers.</summary>
    public Dictionary<int, int> AnnotsArrays { get; } = [];

    /// <summary>Gets the terminal form fields of the older version.</summary>
    public Dictionary<int, SignatureField> Fields { get; } = [];

    /// <summary>Gets the names of the fields whose value (/V) changed: what FieldMDP locks.</summary>
    public HashSet<string> ChangedFields { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the fields whose value changed, by object number (their appearance objects may be replaced).</summary>
    public HashSet<int> FilledFields { get; } = [];

    /// <summary>Gets the signature widgets added with a visible rectangle (a sneaky-signature risk in certified documents).</summary>
    public List<int> AddedVisibleSignatures { get; } = [];

    public static int Number(PdfObject? value) => value is PdfReference r ? r.Number : -1;

    /// <summary>Returns how often the older version references <paramref name="number"/>, and one referrer.</summary>
    public (int Count, int Referrer) References(int number)
    {
        _references ??= ReferenceIndex.Build(Older, Limits);
        return _references.TryGetValue(number, out var found) ? found : (0, -1);
    }
}
