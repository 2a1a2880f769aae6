using System.Globalization;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.TestUtils;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Tests.Placement;

/// <summary>
/// Visible signatures on rotated, cropped, offset, F4, Letter, landscape and UserUnit pages: pdftoppm renders the signed
/// page and the signature's image (four coloured quadrants filling the rectangle) must be where the rectangle was asked
/// for on the page as shown, upright, and pdfsig must accept the signature.
/// </summary>
public sealed class PlacementRenderTests
{
    private const double A4W = 595.28, A4H = 841.89, F4W = 609.45, F4H = 935.43;

    /// <summary>The quadrant colours, top-left, top-right, bottom-left, bottom-right as the image reads upright.</summary>
    private static readonly (byte R, byte G, byte B)[] Quadrants = [(230, 20, 20), (20, 40, 230), (0, 170, 0), (250, 200, 0)];

    public static TheoryData<GeneratedPage> Pages() =>
    [
        new("a4-0", [0, 0, A4W, A4H]),
        new("a4-90", [0, 0, A4W, A4H], Rotate: 90),
        new("a4-180", [0, 0, A4W, A4H], Rotate: 180),
        new("a4-270", [0, 0, A4W, A4H], Rotate: 270),
        new("a4-minus90-inherited", [0, 0, A4W, A4H], Rotate: -90, RotateInherited: true),
        new("a4-450-inherited", [0, 0, A4W, A4H], Rotate: 450, RotateInherited: true),
        new("f4-0", [0, 0, F4W, F4H]),
        new("f4-90", [0, 0, F4W, F4H], Rotate: 90),
        new("letter-crop-270", [0, 0, 612, 792], [36, 48, 576, 756], Rotate: 270),
        new("letter-landscape", [0, 0, 792, 612]),
        new("offset-media-crop-90", [100, 200, 100 + A4W, 200 + A4H], [150, 260, 600, 1000], Rotate: 90),
        new("offset-media-180", [-300, -400, -300 + A4W, -400 + A4H], [-250, -350, 200, 380], Rotate: 180),
        new("userunit-2-180", [0, 0, 300, 420], Rotate: 180, UserUnit: 2),
    ];

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task Signature_renders_upright_inside_the_requested_rectangle(GeneratedPage page)
    {
        Skip.IfNot(ProcessRunner.IsOnPath("pdftoppm") && ProcessRunner.IsOnPath("pdfsig"), "needs pdftoppm and pdfsig (poppler-utils)");
        const double X = 40, Y = 50, W = 160, H = 60;
        const double Padding = 2;
        var env = await PdfTestEnvironment.GetAsync();
        string input = env.NewOutputPath(page.Name + ".pdf");
        await File.WriteAllBytesAsync(input, page.ToPdf());
        string signed = env.NewOutputPath(page.Name + "-signed.pdf");
        double inset = Padding * page.UserUnit;
        var appearance = new PdfSignatureAppearance
        {
            X = X, Y = Y, Width = W, Height = H, ShowText = false,
            Image = QuadrantImage((int)Math.Round((W - (2 * inset)) / page.UserUnit), (int)Math.Round((H - (2 * inset)) / page.UserUnit)),
        };
        using (var signer = env.CreateSigner())
        {
            await new PadesSigner(signer).SignAsync(input, signed, new PadesSignatureOptions { Appearance = appearance });
        }

        await PdfAssert.PdfsigValidAsync(env, signed);
        RenderedPage rendered = await RenderAsync(signed, page.UserUnit);
        var (shownWidth, shownHeight) = ShownSize(page);
        Assert.InRange(rendered.Width, shownWidth - 1, shownWidth + 1);
        Assert.InRange(rendered.Height, shownHeight - 1, shownHeight + 1);

        var boxes = Quadrants.Select(c => rendered.BoxOf(c) ?? throw new Xunit.Sdk.XunitException($"colour {c} is not drawn on {page}")).ToArray();
        int left = boxes.Min(b => b.Left), right = boxes.Max(b => b.Right), top = boxes.Min(b => b.Top), bottom = boxes.Max(b => b.Bottom);

        // pixel rows run down from the top edge; the rectangle was asked for from the bottom-left corner as shown
        Near(X + inset, left, "left", page);
        Near(X + W - inset, right, "right", page);
        Near(Y + inset, rendered.Height - bottom, "bottom", page);
        Near(Y + H - inset, rendered.Height - top, "top", page);

        // upright and not mirrored: red is left of blue and above green, yellow is right of green and below blue
        Assert.True(boxes[0].Right <= boxes[1].Left + 1 && boxes[2].Right <= boxes[3].Left + 1, $"{page}: quadrants are not left to right");
        Assert.True(boxes[0].Bottom <= boxes[2].Top + 1 && boxes[1].Bottom <= boxes[3].Top + 1, $"{page}: quadrants are not top to bottom");
    }

    [SkippableTheory]
    [InlineData(0, 0)]
    [InlineData(90, 0)]
    [InlineData(270, 0)]
    [InlineData(180, -500)]
    [InlineData(90, 300)]
    public async Task Anchor_rectangle_is_centred_on_the_anchor_on_a_rotated_cropped_page(int rotate, double origin)
    {
        Skip.IfNot(ProcessRunner.IsOnPath("pdfsig"), "needs pdfsig (poppler-utils)");
        var page = new GeneratedPage(
            string.Create(CultureInfo.InvariantCulture, $"anchor-{rotate}-{origin}"), [origin, origin, origin + F4W, origin + F4H], [origin + 20, origin + 30, origin + 590, origin + 900], rotate);
        var env = await PdfTestEnvironment.GetAsync();
        string input = env.NewOutputPath(page.Name + ".pdf");
        await File.WriteAllBytesAsync(input, page.ToPdf());
        string signed = env.NewOutputPath(page.Name + "-signed.pdf");
        using (var signer = env.CreateSigner())
        {
            await new PadesSigner(signer).SignAsync(input, signed, new PadesSignatureOptions
            {
                Appearance = new PdfSignatureAppearance { AnchorText = GeneratedPage.Anchor, Width = 150, Height = 50 },
            });
        }

        await PdfAssert.PdfsigValidAsync(env, signed);
        double[] rect = WidgetRectangle(signed);
        var (ax, ay) = page.AnchorAt;
        Assert.InRange(ax + 15, rect[0], rect[2]);
        Assert.InRange(ay + 4, rect[1], rect[3]);

        // the anchor's text runs along user-space x; on a page shown turned by 90 or 270 degrees the 150 points wide rectangle runs along y
        Assert.Equal(rotate is 90 or 270 ? 50 : 150, rect[2] - rect[0], 1);
    }

    [SkippableFact]
    public async Task Rectangle_outside_the_visible_area_names_the_page_box()
    {
        Skip.IfNot(ProcessRunner.IsOnPath("pdfsig"), "needs poppler-utils");
        var page = new GeneratedPage("outside", [0, 0, 612, 792], [36, 36, 576, 756], Rotate: 90);
        var env = await PdfTestEnvironment.GetAsync();
        string input = env.NewOutputPath(page.Name + ".pdf");
        await File.WriteAllBytesAsync(input, page.ToPdf());
        using var signer = env.CreateSigner();

        // shown 720 wide and 540 high: 600 + 160 passes the right edge although it would fit the unrotated MediaBox's height
        var e = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => new PadesSigner(signer).SignAsync(input, env.NewOutputPath("never.pdf"), new PadesSignatureOptions
        {
            Appearance = new PdfSignatureAppearance { X = 600, Y = 20, Width = 160, Height = 60 },
        }));
        Assert.Contains("[36 36 576 756], /Rotate 90", e.Message, StringComparison.Ordinal);
        Assert.Contains("shown as 720 x 540 points", e.Message, StringComparison.Ordinal);
    }

    private static double[] WidgetRectangle(string pdf)
    {
        using var stream = File.OpenRead(pdf);
        var file = PdfFile.Open(stream);
        var page = file.ResolveDictionary(file.GetPages()[0])!;
        var widget = file.ResolveDictionary(Assert.Single(((PdfArray)file.Resolve(page["Annots"])!).Items))!;
        return ((PdfArray)widget["Rect"]!).Items.Select(n => ((PdfNumber)n).Value).ToArray();
    }

    private static (double Width, double Height) ShownSize(GeneratedPage page)
    {
        double[] box = page.CropBox ?? page.MediaBox;
        double w = (box[2] - box[0]) * page.UserUnit, h = (box[3] - box[1]) * page.UserUnit;
        int rotate = ((page.Rotate % 360) + 360) % 360;
        return rotate is 90 or 270 ? (h, w) : (w, h);
    }

    private static void Near(double expected, double actual, string edge, GeneratedPage page) =>
        Assert.True(Math.Abs(expected - actual) <= 2, string.Create(CultureInfo.InvariantCulture, $"{page}: the drawn {edge} edge is at {actual}, asked for {expected} (points as shown)"));

    private static byte[] QuadrantImage(int width, int height) => TestImages.Png(width, height, (x, y) =>
    {
        var (r, g, b) = Quadrants[(y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1)];
        return [r, g, b, 255];
    });

    /// <summary>Renders the visible area (-cropbox) so that a pixel is a point; Poppler ignores /UserUnit, so the resolution makes up for it.</summary>
    private static async Task<RenderedPage> RenderAsync(string pdf, double userUnit)
    {
        string dpi = (72 * userUnit).ToString(CultureInfo.InvariantCulture);
        ProcessResult render = await ProcessRunner.RunAsync("pdftoppm", ["-cropbox", "-r", dpi, "-f", "1", "-l", "1", "-singlefile", pdf, pdf]);
        Assert.True(render.Succeeded, render.ToString());
        return RenderedPage.Read(pdf + ".ppm");
    }
}
