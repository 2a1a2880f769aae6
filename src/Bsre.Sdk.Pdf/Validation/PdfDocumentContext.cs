using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>One PDF being validated: its stream, newest revision, revision ends, the options with its DSS evidence, and views of earlier revisions.</summary>
internal sealed class PdfDocumentContext
{
    private readonly Dictionary<long, PdfFile> _views = [];

    public PdfDocumentContext(Stream source, PdfFile final, IReadOnlyList<PdfRevisionEnd> revisions, SignatureValidationOptions options, PdfLimits limits)
    {
        Source = source;
        Final = final;
        Revisions = revisions;
        Options = options;
        Limits = limits;
    }

    public Stream Source { get; }

    public PdfFile Final { get; }

    public IReadOnlyList<PdfRevisionEnd> Revisions { get; }

    public SignatureValidationOptions Options { get; }

    public PdfLimits Limits { get; }

    /// <summary>Opens (once) the document as it was when its first <paramref name="end"/> bytes were the whole file.</summary>
    public PdfFile View(long end)
    {
        if (end >= Final.Length)
        {
            return Final;
        }

        if (!_views.TryGetValue(end, out PdfFile? view))
        {
            view = Final.OpenRevision(new SegmentStream(Source, (0, end)));
            _views[end] = view;
        }

        return view;
    }
}
