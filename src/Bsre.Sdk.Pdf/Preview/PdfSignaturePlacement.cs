namespace Bsre.Sdk.Pdf;

/// <summary>
/// Where a visible signature goes: the page, and the rectangle on the page as a reader shows it (after /Rotate, origin at
/// the bottom-left corner of the visible area, in points), the same space as <see cref="PdfSignatureAppearance.X"/>.
/// </summary>
public sealed class PdfSignaturePlacement
{
    internal PdfSignaturePlacement(int pageNumber, double pageWidth, double pageHeight, int pageRotation, double x, double y, double width, double height)
    {
        PageNumber = pageNumber;
        PageWidth = pageWidth;
        PageHeight = pageHeight;
        PageRotation = pageRotation;
        X = x;
        Y = y;
        Width = width;
        Height = height;
    }

    /// <summary>Gets the 1-based page number.</summary>
    public int PageNumber { get; }

    /// <summary>Gets the width of the page as shown, in points.</summary>
    public double PageWidth { get; }

    /// <summary>Gets the height of the page as shown, in points.</summary>
    public double PageHeight { get; }

    /// <summary>Gets the page's /Rotate as readers apply it: 0, 90, 180 or 270 degrees clockwise.</summary>
    public int PageRotation { get; }

    /// <summary>Gets the rectangle's left edge, in points from the left edge of the page as shown.</summary>
    public double X { get; }

    /// <summary>Gets the rectangle's bottom edge, in points from the bottom edge of the page as shown.</summary>
    public double Y { get; }

    /// <summary>Gets the rectangle's width in points, as shown.</summary>
    public double Width { get; }

    /// <summary>Gets the rectangle's height in points, as shown.</summary>
    public double Height { get; }
}
