using System.Globalization;

namespace Bsre.Sdk.Pdf.Placement;

/// <summary>
/// A page as a reader shows it: its zero-based index, its visible area (the CropBox clipped to the MediaBox, ISO 32000-1
/// §14.11.2) in default user space, /Rotate (0, 90, 180 or 270, clockwise) and /UserUnit (§14.11.2.1 of ISO 32000-2: the
/// size of a user-space unit in multiples of 1/72 inch).
/// </summary>
internal readonly record struct PageBox(int Index, double Left, double Bottom, double Width, double Height, int Rotation = 0, double UserUnit = 1)
{
    public double Right => Left + Width;

    public double Top => Bottom + Height;

    /// <summary>Gets the width of the page as shown, in points.</summary>
    public double ShownWidth => (Rotation is 90 or 270 ? Height : Width) * UserUnit;

    /// <summary>Gets the height of the page as shown, in points.</summary>
    public double ShownHeight => (Rotation is 90 or 270 ? Width : Height) * UserUnit;

    /// <summary>Maps a point of the page as shown (points from the bottom-left corner of the visible area) to default user space.</summary>
    public (double X, double Y) ToUser(double u, double v)
    {
        u /= UserUnit;
        v /= UserUnit;
        return Rotation switch
        {
            90 => (Right - v, Bottom + u),
            180 => (Right - u, Top - v),
            270 => (Left + v, Top - u),
            _ => (Left + u, Bottom + v),
        };
    }

    /// <summary>Maps a point of default user space to the page as shown (points from the bottom-left corner of the visible area).</summary>
    public (double U, double V) ToShown(double x, double y)
    {
        (double u, double v) = Rotation switch
        {
            90 => (y - Bottom, Right - x),
            180 => (Right - x, Top - y),
            270 => (Top - y, x - Left),
            _ => (x - Left, y - Bottom),
        };
        return (u * UserUnit, v * UserUnit);
    }

    /// <summary>Maps a rectangle of the page as shown (points) to a default user space rectangle [llx lly urx ury].</summary>
    public double[] ToUserRectangle(double u, double v, double width, double height)
    {
        (double x0, double y0) = ToUser(u, v);
        (double x1, double y1) = ToUser(u + width, v + height);
        return [Math.Min(x0, x1), Math.Min(y0, y1), Math.Max(x0, x1), Math.Max(y0, y1)];
    }

    /// <summary>Maps a default user space rectangle to the page as shown: (left, bottom, width, height) in points.</summary>
    public (double U, double V, double Width, double Height) ToShownRectangle(PageRegion region)
    {
        (double u0, double v0) = ToShown(region.Left, region.Bottom);
        (double u1, double v1) = ToShown(region.Right, region.Top);
        return (Math.Min(u0, u1), Math.Min(v0, v1), Math.Abs(u1 - u0), Math.Abs(v1 - v0));
    }

    /// <summary>Describes the page box for an error message.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"page {Index + 1}: visible box (CropBox within MediaBox) [{Left:0.##} {Bottom:0.##} {Right:0.##} {Top:0.##}], /Rotate {Rotation}, /UserUnit {UserUnit:0.###}, shown as {ShownWidth:0.##} x {ShownHeight:0.##} points");
}
