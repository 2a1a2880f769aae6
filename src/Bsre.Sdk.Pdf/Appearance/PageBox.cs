namespace Bsre.Sdk.Pdf.Appearance;

/// <summary>A page's index, visible box (CropBox, else MediaBox) in PDF user space, and /Rotate (0, 90, 180 or 270).</summary>
internal readonly record struct PageBox(int Index, double Left, double Bottom, double Width, double Height, int Rotation = 0)
{
    public double Right => Left + Width;

    public double Top => Bottom + Height;

    public bool Contains(double[] rect, double tolerance = 0.5) =>
        rect[0] >= Left - tolerance && rect[1] >= Bottom - tolerance && rect[2] <= Right + tolerance && rect[3] <= Top + tolerance;
}
