using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// The incremental updates of a document, each classified once against the revision before it (revision i
/// against i + 1), on demand. Only the two revisions being compared are open at a time.
/// </summary>
internal sealed class RevisionHistory(PdfDocumentContext context)
{
    private readonly Dictionary<int, RevisionUpdate> _updates = [];
    private (int Index, PdfFile File)? _last;

    /// <summary>Returns the updates after the revision at <paramref name="index"/> in <see cref="PdfDocumentContext.Revisions"/>, oldest first.</summary>
    public IReadOnlyList<RevisionUpdate> After(int index)
    {
        var updates = new List<RevisionUpdate>();
        for (int i = index + 1; i < context.Revisions.Count; i++)
        {
            if (!_updates.TryGetValue(i, out RevisionUpdate? update))
            {
                PdfFile older = Revision(i - 1);
                update = UpdateClassifier.Classify(older, Revision(i), i + 1, context.Limits);
                _updates[i] = update;
            }

            updates.Add(update);
        }

        return updates;
    }

    private PdfFile Revision(int index)
    {
        if (_last is { } last && last.Index == index)
        {
            return last.File;
        }

        PdfFile file = index == context.Revisions.Count - 1 ? context.Final : context.Open(context.Revisions[index].End);
        _last = (index, file);
        return file;
    }
}
