using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>One PDF being validated: its stream, newest revision, revision ends, the options with its DSS evidence, and views of earlier revisions.</summary>
internal sealed class PdfDocumentContext
{
    private readonly Dictionary<long, PdfFile> _views = [];
    private readonly long _sharedPrefix;
    private IReadOnlyList<HybridSection>? _hybridSections;

    /// <param name="source">The document as given, for hashing and for views of earlier revisions.</param>
    /// <param name="final">The newest revision, read from <paramref name="source"/> or from a repair of its startxref.</param>
    /// <param name="sharedPrefix">How many leading bytes <paramref name="final"/> was read from as <paramref name="source"/> holds them.</param>
    /// <param name="revisions">The revisions, oldest first.</param>
    /// <param name="options">The validation options with the DSS evidence.</param>
    /// <param name="limits">The limits on hostile input.</param>
    public PdfDocumentContext(Stream source, PdfFile final, long sharedPrefix, IReadOnlyList<PdfRevisionEnd> revisions, SignatureValidationOptions options, PdfLimits limits)
    {
        Source = source;
        _sharedPrefix = sharedPrefix;
        Final = final;
        Revisions = revisions;
        Options = options;
        Limits = limits;
        History = new RevisionHistory(this);
    }

    public Stream Source { get; }

    public PdfFile Final { get; }

    public IReadOnlyList<PdfRevisionEnd> Revisions { get; }

    public SignatureValidationOptions Options { get; }

    public PdfLimits Limits { get; }

    /// <summary>Gets the hybrid-reference sections of the document and what their table and XRefStm disagree on.</summary>
    public IReadOnlyList<HybridSection> HybridSections => _hybridSections ??= HybridXrefCheck.Check(Final, Revisions, Limits);

    /// <summary>Gets the incremental updates, each classified against the revision before it.</summary>
    public RevisionHistory History { get; }

    /// <summary>Opens (once) the document as it was when its first <paramref name="end"/> bytes were the whole file.</summary>
    public PdfFile View(long end)
    {
        PdfFile view = Open(end);
        if (view != Final)
        {
            _views.TryAdd(end, view);
        }

        return view;
    }

    /// <summary>Returns the view <see cref="View"/> already opened for <paramref name="end"/>, or opens one without keeping it.</summary>
    public PdfFile Open(long end)
        => end >= Final.Length ? Final : _views.GetValueOrDefault(end) ?? Final.OpenRevision(new SegmentStream(Source, (0, end)), _sharedPrefix);
}
