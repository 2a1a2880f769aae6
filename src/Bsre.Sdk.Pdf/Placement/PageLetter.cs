namespace Bsre.Sdk.Pdf.Placement;

/// <summary>One letter of a page's text (its Unicode value may be several characters) and its box in default user space.</summary>
internal readonly record struct PageLetter(string Value, PageRegion Box);
