namespace Bsre.Sdk.Pdf.Placement;

/// <summary>An axis-aligned box in a page's default user space.</summary>
internal readonly record struct PageRegion(double Left, double Bottom, double Right, double Top);
