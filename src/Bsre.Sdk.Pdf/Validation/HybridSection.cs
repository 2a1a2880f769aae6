namespace Bsre.Sdk.Pdf.Validation;

/// <summary>A hybrid-reference section (a classic table whose trailer has /XRefStm) and the objects its table and XRefStm disagree on.</summary>
/// <param name="Revision">The 1-based number of the revision the section belongs to.</param>
/// <param name="Conflicts">The object numbers that readers ignoring, following or preferring the XRefStm resolve differently.</param>
internal sealed record HybridSection(int Revision, IReadOnlyList<int> Conflicts);
