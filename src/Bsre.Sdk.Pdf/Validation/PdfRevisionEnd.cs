namespace Bsre.Sdk.Pdf.Validation;

/// <summary>Where one revision (incremental update) of a PDF ends.</summary>
/// <param name="XrefOffset">The offset of the revision's cross-reference section.</param>
/// <param name="EofEnd">The offset just after its <c>%%EOF</c> marker.</param>
/// <param name="End">The offset after the marker's end-of-line, if any.</param>
internal readonly record struct PdfRevisionEnd(long XrefOffset, long EofEnd, long End)
{
    /// <summary>Returns whether a signed range ending at <paramref name="offset"/> ends exactly with this revision.</summary>
    public bool EndsAt(long offset) => offset >= EofEnd && offset <= End;
}
