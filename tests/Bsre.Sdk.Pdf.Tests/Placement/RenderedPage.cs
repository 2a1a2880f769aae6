using System.Text;

namespace Bsre.Sdk.Pdf.Tests.Placement;

/// <summary>A page rendered by pdftoppm as a binary PPM (P6), at 72 dpi so one pixel is one point of the page as shown.</summary>
internal sealed class RenderedPage
{
    private RenderedPage(int width, int height, byte[] pixels)
    {
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public byte[] Pixels { get; }

    public static RenderedPage Read(string ppmPath)
    {
        byte[] data = File.ReadAllBytes(ppmPath);
        int position = 0;
        string[] header = new string[4];
        for (int i = 0; i < 4; i++)
        {
            while (char.IsWhiteSpace((char)data[position]))
            {
                position++;
            }

            int start = position;
            while (!char.IsWhiteSpace((char)data[position]))
            {
                position++;
            }

            header[i] = Encoding.ASCII.GetString(data, start, position - start);
        }

        Assert.Equal("P6", header[0]);
        int width = int.Parse(header[1], System.Globalization.CultureInfo.InvariantCulture);
        int height = int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture);
        return new RenderedPage(width, height, data[(position + 1)..]);
    }

    /// <summary>Gets the bounding box (left, top, right, bottom in pixels, exclusive right/bottom) of the pixels near <paramref name="colour"/>, or null.</summary>
    public (int Left, int Top, int Right, int Bottom)? BoxOf((byte R, byte G, byte B) colour)
    {
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        for (int y = 0; y < Height; y++)
        {
            for (int x = 0; x < Width; x++)
            {
                int p = ((y * Width) + x) * 3;
                if (Math.Abs(Pixels[p] - colour.R) + Math.Abs(Pixels[p + 1] - colour.G) + Math.Abs(Pixels[p + 2] - colour.B) < 60)
                {
                    (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x + 1), Math.Max(bottom, y + 1));
                }
            }
        }

        return right < 0 ? null : (left, top, right, bottom);
    }
}
