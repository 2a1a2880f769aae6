namespace Bsre.Sdk.Pdf.Placement;

/// <summary>What a page draws, as far as placing a signature needs it: its letters in content order, and where its images are.</summary>
internal sealed record PageContent(IReadOnlyList<PageLetter> Letters, IReadOnlyList<PageRegion> Images);
