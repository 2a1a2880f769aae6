using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;
using UglyToad.PdfPig;

namespace Bsre.Sdk.Pdf.Tests;

/// <summary>Visible signatures: text, images, QR code, anchor placement and the BSrE notice.</summary>
public sealed class VisibleSignatureTests
{
    [SkippableFact]
    public async Task Text_png_and_qr_on_a_rectangle_render_and_verify()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var appearance = new PdfSignatureAppearance
        {
            Page = 1, X = 300, Y = 80, Width = 250, Height = 80,
            Image = TestImages.Png(), QrCodeUrl = new Uri("https://tte.example.go.id/verify?id=123"),
        };
        string output = await SignAsync("08-libreoffice-letter-odt-tagged.pdf", appearance);

        var signature = Assert.Single(SignedPdfInspector.Read(await File.ReadAllBytesAsync(output)));
        using var document = PdfDocument.Open(output);
        var widget = Assert.Single(document.GetPage(1).GetAnnotations());
        Assert.Equal(300, widget.Rectangle.Left, 1);
        Assert.Equal(160, widget.Rectangle.Top, 1);
        Assert.Equal("Signature1", signature.FieldName);
        await AssertRendersAsync(output, 1);
    }

    [SkippableFact]
    public async Task Anchor_text_places_the_widget_over_it()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        string output = await SignAsync("01-gs-ps2pdf-letter.pdf", new PdfSignatureAppearance { AnchorText = "${ttd}", Width = 120, Height = 50 });

        using var document = PdfDocument.Open(output);
        var rect = Assert.Single(document.GetPage(1).GetAnnotations()).Rectangle;
        Assert.InRange(84.8, rect.Left, rect.Right);
        Assert.InRange(424.0, rect.Bottom, rect.Top);
    }

    [SkippableFact]
    public async Task Notice_with_jpeg_logo_is_written_on_the_last_page_in_the_signed_revision()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var appearance = new PdfSignatureAppearance
        {
            Page = PdfSignatureAppearance.LastPage, X = 350, Y = 60, Width = 200, Height = 60,
            Image = TestImages.Jpeg(), Notice = true, NoticeLogo = TestImages.Png(),
        };
        string output = await SignAsync("14-chromium-report.pdf", appearance);

        using var document = PdfDocument.Open(output);
        string text = string.Concat(document.GetPage(7).Letters.Select(l => l.Value).Where(l => l != " "));
        Assert.Contains("BalaiBesarSertifikasiElektronik(BSrE),BadanSiberdanSandiNegara", text, StringComparison.Ordinal);
        Assert.Contains("https://tte.komdigi.go.id/verifyPDF", text, StringComparison.Ordinal);
        await AssertRendersAsync(output, 7);
    }

    [SkippableFact]
    public async Task Notice_wording_and_verifier_are_configurable_for_older_templates()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var appearance = new PdfSignatureAppearance { Visible = false, Notice = true, NoticeText = BsreNotice.LegacyWording, NoticeVerifierUrl = BsreNotice.LegacyVerifierUrl };
        string output = await SignAsync("01-gs-ps2pdf-letter.pdf", appearance);

        using var document = PdfDocument.Open(output);
        string text = string.Concat(document.GetPage(1).Letters.Select(l => l.Value).Where(l => l != " "));
        Assert.Contains("BalaiSertifikasiElektronik(BSrE)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BalaiBesar", text, StringComparison.Ordinal);
        Assert.Contains("https://tte.kominfo.go.id/verifyPDF", text, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(90)]
    [InlineData(180)]
    [InlineData(270)]
    public async Task Appearance_on_a_rotated_page_is_turned_upright(int rotation)
    {
        Skip.IfNot(SharedPaths.Available && ProcessRunner.IsOnPath("qpdf"), SharedPaths.MissingMessage + " (and qpdf)");
        var env = await PdfTestEnvironment.GetAsync();
        string rotated = env.NewOutputPath($"rotated-{rotation}.pdf");
        ProcessResult rotate = await ProcessRunner.RunAsync("qpdf", [Path.Combine(SharedPaths.Corpus, "01-gs-ps2pdf-letter.pdf"), $"--rotate=+{rotation}:1", rotated]);
        Assert.True(rotate.Succeeded, rotate.ToString());
        string signedPath = env.NewOutputPath($"rotated-{rotation}-signed.pdf");
        using var signer = env.CreateSigner();
        await new PadesSigner(signer).SignAsync(rotated, signedPath, new PadesSignatureOptions
        {
            Appearance = new PdfSignatureAppearance { X = 100, Y = 100, Width = 70, Height = 200, QrCodeUrl = new Uri("https://tte.example.go.id/v/9"), Notice = true },
        });

        await PdfAssert.QpdfCleanAsync(signedPath);
        await PdfAssert.PdfsigValidAsync(env, signedPath);
        await AssertRendersAsync(signedPath, 1);
        Assert.Contains("/Matrix [", System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(signedPath)), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Bad_image_rectangle_and_anchor_are_refused()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        await Assert.ThrowsAsync<DocumentFormatException>(() => SignAsync("01-gs-ps2pdf-letter.pdf", new PdfSignatureAppearance { Image = "GIF89a not an image"u8.ToArray() }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => SignAsync("01-gs-ps2pdf-letter.pdf", new PdfSignatureAppearance { X = 500, Y = 800 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => SignAsync("01-gs-ps2pdf-letter.pdf", new PdfSignatureAppearance { Page = 2 }));
        await Assert.ThrowsAsync<ArgumentException>(() => SignAsync("01-gs-ps2pdf-letter.pdf", new PdfSignatureAppearance { AnchorText = "${tidak-ada}" }));
    }

    private static async Task<string> SignAsync(string name, PdfSignatureAppearance appearance)
    {
        var env = await PdfTestEnvironment.GetAsync();
        string output = env.NewOutputPath("vis-" + name);
        using var signer = env.CreateSigner();
        await new PadesSigner(signer).SignAsync(Path.Combine(SharedPaths.Corpus, name), output, new PadesSignatureOptions
        {
            Appearance = appearance, Reason = "Persetujuan dokumen", Location = "Jakarta",
        });
        await PdfAssert.QpdfCleanAsync(output);
        await PdfAssert.PdfsigValidAsync(env, output);
        return output;
    }

    private static async Task AssertRendersAsync(string path, int page)
    {
        if (!ProcessRunner.IsOnPath("pdftoppm"))
        {
            return;
        }

        string p = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ProcessResult render = await ProcessRunner.RunAsync("pdftoppm", ["-r", "30", "-f", p, "-l", p, path, path + "-render"]);
        Assert.True(render.Succeeded && !render.Output.Contains("Error", StringComparison.Ordinal), render.ToString());
    }
}
