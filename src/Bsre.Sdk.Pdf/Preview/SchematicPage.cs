using Bsre.Sdk.Pdf.Placement;

namespace Bsre.Sdk.Pdf;

/// <summary>Draws a page as shown, schematically, into an RGB raster: white page, blue image boxes, grey glyph boxes, a red signature rectangle.</summary>
internal sealed class SchematicPage
{
    /// <summary>Pixels per point, and the longest side a preview may have (a larger page is drawn smaller).</summary>
    private const double Scale = 2, MaxSide = 2400;

    private static readonly (byte R, byte G, byte B) ImageFill = (222, 232, 247), ImageEdge = (110, 140, 200), Glyph = (140, 140, 140),
        PageEdge = (80, 80, 80), Signature = (220, 30, 30);

    private readonly PageBox _page;
    private readonly double _scale;
    private readonly int _width, _height;
    private readonly byte[] _pixels;

    private SchematicPage(PageBox page)
    {
        _page = page;
        _scale = Math.Min(Scale, MaxSide / Math.Max(page.ShownWidth, page.ShownHeight));
        _width = Math.Max(1, (int)Math.Ceiling(page.ShownWidth * _scale));
        _height = Math.Max(1, (int)Math.Ceiling(page.ShownHeight * _scale));
        _pixels = new byte[_width * _height * 3];
        Array.Fill(_pixels, (byte)255);
    }

    /// <summary>Draws the page with <paramref name="signature"/> (points as shown) and returns it as PNG bytes.</summary>
    public static byte[] Draw(PageBox page, PageContent content, (double U, double V, double Width, double Height) signature)
    {
        var canvas = new SchematicPage(page);
        foreach (PageRegion image in content.Images)
        {
            var box = canvas.Shown(image);
            canvas.Fill(box, ImageFill, 1);
            canvas.Frame(box, ImageEdge, 1);
        }

        foreach (PageLetter letter in content.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
        {
            canvas.Fill(canvas.Shown(letter.Box), Glyph, 1);
        }

        canvas.Frame((0, 0, page.ShownWidth, page.ShownHeight), PageEdge, 1);
        canvas.Fill(signature, Signature, 0.25);
        canvas.Frame(signature, Signature, 3);
        return PngWriter.Rgb(canvas._width, canvas._height, canvas._pixels);
    }

    private (double U, double V, double Width, double Height) Shown(PageRegion region) => _page.ToShownRectangle(region);

    /// <summary>Fills a rectangle given in points as shown, blending <paramref name="colour"/> at <paramref name="alpha"/>.</summary>
    private void Fill((double U, double V, double Width, double Height) box, (byte R, byte G, byte B) colour, double alpha)
    {
        var (x0, y0, x1, y1) = Pixels(box);
        for (int y = y0; y < y1; y++)
        {
            for (int x = x0; x < x1; x++)
            {
                int p = ((y * _width) + x) * 3;
                _pixels[p] = Blend(_pixels[p], colour.R, alpha);
                _pixels[p + 1] = Blend(_pixels[p + 1], colour.G, alpha);
                _pixels[p + 2] = Blend(_pixels[p + 2], colour.B, alpha);
            }
        }
    }

    /// <summary>Draws the inside edge of a rectangle, <paramref name="thickness"/> pixels wide.</summary>
    private void Frame((double U, double V, double Width, double Height) box, (byte R, byte G, byte B) colour, int thickness)
    {
        var (x0, y0, x1, y1) = Pixels(box);
        double t = thickness / _scale;
        double w = (x1 - x0) / _scale, h = (y1 - y0) / _scale, u = x0 / _scale, v = (_height - y1) / _scale;
        Fill((u, v, w, Math.Min(t, h)), colour, 1);
        Fill((u, v + h - Math.Min(t, h), w, Math.Min(t, h)), colour, 1);
        Fill((u, v, Math.Min(t, w), h), colour, 1);
        Fill((u + w - Math.Min(t, w), v, Math.Min(t, w), h), colour, 1);
    }

    /// <summary>Maps points as shown (origin bottom-left) to a pixel span (origin top-left), clipped to the picture.</summary>
    private (int X0, int Y0, int X1, int Y1) Pixels((double U, double V, double Width, double Height) box)
    {
        int x0 = Math.Clamp((int)Math.Round(box.U * _scale), 0, _width);
        int x1 = Math.Clamp((int)Math.Round((box.U + box.Width) * _scale), 0, _width);
        int y0 = Math.Clamp((int)Math.Round(_height - ((box.V + box.Height) * _scale)), 0, _height);
        int y1 = Math.Clamp((int)Math.Round(_height - (box.V * _scale)), 0, _height);
        return (x0, y0, Math.Max(x0, x1), Math.Max(y0, y1));
    }

    private static byte Blend(byte under, byte over, double alpha) => (byte)Math.Round((under * (1 - alpha)) + (over * alpha));
}
