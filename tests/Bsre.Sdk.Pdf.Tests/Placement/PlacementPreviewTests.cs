using System.Buffers.Binary;
using System.IO.Compression;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Pdf.Tests.Placement;

/// <summary><see cref="PdfPlacementPreview"/> and <c>bsre pdf preview</c>: the rectangle as the signer places it, drawn on a schematic PNG of the page as shown.</summary>
public sealed class PlacementPreviewTests
{
    /// <summary>Letter, cropped to 540 x 708 and shown turned by 270 degrees: 708 points wide and 540 high.</summary>
    private static readonly GeneratedPage Page = new("preview", [0, 0, 612, 792], [36, 48, 576, 756], Rotate: 270);

    [Fact]
    public async Task Png_shows_the_page_as_shown_with_the_signature_rectangle_and_the_text()
    {
        using var pdf = new MemoryStream(Page.ToPdf());
        using var png = new MemoryStream();
        var placement = await PdfPlacementPreview.RenderPngAsync(pdf, new PdfSignatureAppearance { X = 40, Y = 50, Width = 160, Height = 60 }, png);

        Assert.Equal((1, 708, 540, 270), (placement.PageNumber, placement.PageWidth, placement.PageHeight, placement.PageRotation));
        Assert.Equal((40, 50, 160, 60), (placement.X, placement.Y, placement.Width, placement.Height));
        var (width, height, pixels) = DecodeRgbPng(png.ToArray());
        Assert.Equal((1416, 1080), (width, height));

        // 2 pixels per point, rows from the top: inside the rectangle red blended on white, outside white
        (byte R, byte G, byte B) Pixel(double u, double v)
        {
            int p = ((((int)((540 - v) * 2) * width) + (int)(u * 2)) * 3);
            return (pixels[p], pixels[p + 1], pixels[p + 2]);
        }

        var inside = Pixel(120, 80);
        Assert.True(inside.R > 200 && inside.G < 220 && inside.R - inside.G > 30, $"inside the rectangle: {inside}");
        Assert.Equal(((byte)255, (byte)255, (byte)255), Pixel(400, 300));
        int grey = Enumerable.Range(0, width * height).Count(i => pixels[i * 3] == 140 && pixels[(i * 3) + 1] == 140);
        Assert.True(grey > 500, $"only {grey} glyph pixels");
        if (ProcessRunner.IsOnPath("pngcheck"))
        {
            string path = Path.Combine(Path.GetTempPath(), $"bsre-preview-{Guid.NewGuid():N}.png");
            await File.WriteAllBytesAsync(path, png.ToArray());
            ProcessResult check = await ProcessRunner.RunAsync("pngcheck", [path]);
            File.Delete(path);
            Assert.True(check.Succeeded, check.ToString());
        }
    }

    [Fact]
    public async Task Anchor_is_located_where_the_signer_puts_it_and_errors_are_typed()
    {
        using var pdf = new MemoryStream(Page.ToPdf());
        var placement = await PdfPlacementPreview.LocateAsync(pdf, new PdfSignatureAppearance { AnchorText = GeneratedPage.Anchor, Width = 100, Height = 40 });

        // the anchor is drawn at user (367.2, 237.6); on this page shown at 270 degrees that is (756 - 237.6, 367.2 - 36) from the shown corner
        Assert.Equal((100, 40), (placement.Width, placement.Height));
        Assert.InRange(756 - 237.6, placement.X, placement.X + placement.Width);
        Assert.InRange(367.2 - 36 + 10, placement.Y, placement.Y + placement.Height);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => PdfPlacementPreview.LocateAsync(pdf, new PdfSignatureAppearance { X = 600, Y = 20, Width = 160, Height = 60 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => PdfPlacementPreview.LocateAsync(pdf, new PdfSignatureAppearance { Page = 2 }));
        await Assert.ThrowsAsync<ArgumentException>(() => PdfPlacementPreview.LocateAsync(pdf, new PdfSignatureAppearance { AnchorText = "tidak ada" }));
        await Assert.ThrowsAsync<DocumentFormatException>(() => PdfPlacementPreview.LocateAsync(new MemoryStream("%PDF-1.7 broken"u8.ToArray()), new PdfSignatureAppearance()));
    }

    [Fact]
    public async Task Cli_writes_the_png_and_prints_the_rectangle()
    {
        var env = await PdfTestEnvironment.GetAsync();
        string input = env.NewOutputPath("preview.pdf");
        await File.WriteAllBytesAsync(input, Page.ToPdf());
        string png = env.NewOutputPath("preview.png");
        var (code, output, error) = await ProcessRunner.RunBsreAsync(null, "pdf", "preview", "--in", input, "--page", "1", "--rect", "40,50,160,60", "--out", png);
        Assert.True(code == 0, error);
        Assert.Contains("Page 1 (708 x 540 points as shown, /Rotate 270): the signature goes at 40,50,160,60.", output, StringComparison.Ordinal);
        var written = DecodeRgbPng(await File.ReadAllBytesAsync(png));
        Assert.Equal((1416, 1080), (written.Width, written.Height));

        string never = env.NewOutputPath("never.png");
        (code, _, error) = await ProcessRunner.RunBsreAsync(null, "pdf", "preview", "--in", input, "--rect", "600,20,160,60", "--out", never);
        Assert.Equal(64, code);
        Assert.Contains("shown as 708 x 540 points", error, StringComparison.Ordinal);
        (code, _, _) = await ProcessRunner.RunBsreAsync(null, "pdf", "preview", "--in", input, "--rect", "40,50,160,60", "--anchor", "x", "--out", never);
        Assert.Equal(64, code);
        Assert.False(File.Exists(never));
    }

    /// <summary>Decodes the preview's PNG (8-bit RGB, filter type 0 on every row, as it is written).</summary>
    private static (int Width, int Height, byte[] Pixels) DecodeRgbPng(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }));
        int width = 0, height = 0;
        using var idat = new MemoryStream();
        for (int at = 8; at < png.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            string type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at + 8)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at + 12)));
                Assert.Equal((8, 2), (png[at + 16], png[at + 17]));
            }
            else if (type == "IDAT")
            {
                idat.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        byte[] rows = raw.ToArray();
        byte[] pixels = new byte[width * height * 3];
        for (int y = 0; y < height; y++)
        {
            Assert.Equal(0, rows[y * ((width * 3) + 1)]);
            Buffer.BlockCopy(rows, (y * ((width * 3) + 1)) + 1, pixels, y * width * 3, width * 3);
        }

        return (width, height, pixels);
    }
}
