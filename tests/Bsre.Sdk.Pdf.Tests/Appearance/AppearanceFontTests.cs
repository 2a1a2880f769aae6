using Bsre.Sdk.Pdf.Appearance.Fonts;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Pdf.Tests.Appearance;

/// <summary>
/// Appearance text in an embedded subset font: Noto Sans by default, the caller's TrueType font on request, checked with
/// poppler (pdffonts: embedded and subset; pdftotext: the text extracts through /ToUnicode) and FreeType (fc-scan reads
/// the subset program).
/// </summary>
public sealed class AppearanceFontTests
{
    private const string DejaVuSans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    [SkippableFact]
    public async Task Default_font_is_an_embedded_subset_and_the_text_extracts()
    {
        Skip.IfNot(SharedPaths.Available && ProcessRunner.IsOnPath("pdffonts"), SharedPaths.MissingMessage + " (and poppler-utils)");
        string output = await SignAsync(new PdfSignatureAppearance { X = 300, Y = 80, Width = 250, Height = 80, Notice = true }, "Persetujuan Kepala Dinas — José Müller, Bekasi");

        var fonts = await NewFontsAsync(output);
        Assert.Equal(2, fonts.Count); // the widget's text and the notice
        Assert.All(fonts, f => Assert.Matches(@"^[A-Z]{6}\+NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", f));
        string text = (await ProcessRunner.RunAsync("pdftotext", ["-f", "1", "-l", "1", output, "-"])).Output;
        Assert.Contains("Persetujuan Kepala Dinas — José Müller, Bekasi", text, StringComparison.Ordinal);
        Assert.Contains("Balai Besar Sertifikasi Elektronik", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Custom_truetype_font_draws_what_the_default_lacks()
    {
        Skip.IfNot(SharedPaths.Available && File.Exists(DejaVuSans) && ProcessRunner.IsOnPath("pdffonts"), "needs the shared corpus, fonts-dejavu-core and poppler-utils.");
        const string Reason = "Disetujui ☺ ∑";
        await Assert.ThrowsAsync<PdfFontException>(() => SignAsync(new PdfSignatureAppearance { X = 300, Y = 80 }, Reason));

        string output = await SignAsync(new PdfSignatureAppearance { X = 300, Y = 80, Font = await File.ReadAllBytesAsync(DejaVuSans) }, Reason);
        Assert.Matches(@"^[A-Z]{6}\+DejaVuSans\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", Assert.Single(await NewFontsAsync(output)));
        Assert.Contains(Reason, (await ProcessRunner.RunAsync("pdftotext", [output, "-"])).Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Unusable_fonts_are_refused_with_a_typed_error_and_no_output()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        using var signer = env.CreateSigner();
        byte[] noto = NotoSans();
        byte[] cff = [.. "OTTO"u8, .. new byte[64]];
        byte[] collection = [.. "ttcf"u8, .. new byte[64]];
        byte[] restricted = (byte[])noto.Clone();
        SetFsType(restricted, 0x0002);
        foreach (byte[] font in new[] { "not a font at all"u8.ToArray(), cff, collection, restricted, noto[..5000], noto[..(noto.Length / 2)] })
        {
            string output = env.NewOutputPath("bad-font.pdf");
            var options = new PadesSignatureOptions { Appearance = new PdfSignatureAppearance { Font = font } };
            await Assert.ThrowsAsync<PdfFontException>(() => new PadesSigner(signer).SignAsync(Path.Combine(SharedPaths.Corpus, "01-gs-ps2pdf-letter.pdf"), output, options));
            Assert.False(File.Exists(output));
        }
    }

    [SkippableFact]
    public async Task Cli_font_option_embeds_the_font_and_a_bad_font_is_a_data_error()
    {
        Skip.IfNot(SharedPaths.Available && File.Exists(DejaVuSans) && ProcessRunner.IsOnPath("pdffonts"), "needs the shared corpus, fonts-dejavu-core and poppler-utils.");
        var env = await PdfTestEnvironment.GetAsync();
        var password = new Dictionary<string, string> { ["BSRE_TEST_PFX_PASSWORD"] = env.Pki.SignerRsa.Password };
        string input = Path.Combine(SharedPaths.Corpus, "01-gs-ps2pdf-letter.pdf"), output = env.NewOutputPath("cli-font.pdf");
        string[] sign = ["pdf", "sign", "--in", input, "--pfx", Path.Combine(env.Directory, "signer-rsa.p12"), "--password-env", "BSRE_TEST_PFX_PASSWORD", "--rect", "300,80,200,70", "--reason", "Disetujui ☺"];
        var (code, _, error) = await ProcessRunner.RunBsreAsync(password, [.. sign, "--out", output, "--font", DejaVuSans]);
        Assert.True(code == 0, error);
        Assert.Matches(@"^[A-Z]{6}\+DejaVuSans\s", Assert.Single(await NewFontsAsync(output)));

        string notFont = env.NewOutputPath("not-a-font.ttf"), refused = env.NewOutputPath("cli-bad-font.pdf");
        await File.WriteAllTextAsync(notFont, "this is text");
        (code, _, error) = await ProcessRunner.RunBsreAsync(password, [.. sign, "--out", refused, "--font", notFont]);
        Assert.True(code == 65, error);
        Assert.Contains("font", error, StringComparison.Ordinal);
        Assert.False(File.Exists(refused));
    }

    [Fact]
    public void Subset_keeps_the_used_glyphs_and_the_components_of_composites_and_nothing_else()
    {
        var font = new TrueTypeFont(NotoSans());
        var subset = new FontSubset(font, ["Aé"]);
        int[] kept = TrueTypeSubsetter.Closure(font, [font.GlyphFor('A')!.Value, font.GlyphFor('é')!.Value]);
        Assert.Contains(font.GlyphFor('e')!.Value, kept); // é is e + acute in Noto Sans
        Assert.True(kept.Length is >= 4 and <= 5, string.Join(",", kept));
        byte[] program = TrueTypeSubsetter.Write(font, kept);
        Assert.InRange(program.Length, 200, 8000);
        Assert.Equal(4, subset.Encode("Aé").Value.Length);
    }

    [Fact]
    public void Corrupted_fonts_give_a_font_error_or_a_subset_never_another_exception()
    {
        byte[] noto = NotoSans();
        var random = new Random(17);
        for (int round = 0; round < 300; round++)
        {
            byte[] font = (byte[])noto.Clone();
            // hit the table directory and the small tables at the front as often as the glyph data
            for (int flips = random.Next(1, 8); flips > 0; flips--)
            {
                font[random.Next(2) == 0 ? random.Next(400) : random.Next(font.Length)] = (byte)random.Next(256);
            }

            try
            {
                var subset = new FontSubset(new TrueTypeFont(font), ["Tanda tangan élektronik Ä"]);
                _ = subset.Encode("Tanda");
                _ = TrueTypeSubsetter.Write(new TrueTypeFont(font), TrueTypeSubsetter.Closure(new TrueTypeFont(font), [1, 2, 3]));
            }
            catch (PdfFontException)
            {
            }
        }
    }

    [SkippableFact]
    public async Task Subset_font_program_is_read_by_freetype()
    {
        Skip.IfNot(ProcessRunner.IsOnPath("fc-scan"), "fc-scan is not installed (apt-get install fontconfig).");
        var font = new TrueTypeFont(NotoSans());
        int[] kept = TrueTypeSubsetter.Closure(font, "Tanda tangan élektronik".Select(c => font.GlyphFor(c)!.Value));
        string path = Path.Combine(Path.GetTempPath(), "bsre-subset-" + Guid.NewGuid().ToString("N")[..8] + ".ttf");
        await File.WriteAllBytesAsync(path, TrueTypeSubsetter.Write(font, kept));
        try
        {
            ProcessResult scan = await ProcessRunner.RunAsync("fc-scan", ["--format", "%{fontformat} %{charset}", path]);
            Assert.True(scan.Succeeded, scan.ToString());
            Assert.StartsWith("TrueType", scan.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] NotoSans()
    {
        using Stream stream = typeof(PdfSignatureAppearance).Assembly.GetManifestResourceStream("Bsre.Sdk.Pdf.Appearance.Fonts.NotoSans-Regular.ttf")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static void SetFsType(byte[] font, ushort value)
    {
        int count = (font[4] << 8) | font[5];
        for (int i = 0; i < count; i++)
        {
            int record = 12 + (16 * i);
            if (System.Text.Encoding.ASCII.GetString(font, record, 4) == "OS/2")
            {
                int offset = (font[record + 8] << 24) | (font[record + 9] << 16) | (font[record + 10] << 8) | font[record + 11];
                font[offset + 8] = (byte)(value >> 8);
                font[offset + 9] = (byte)value;
            }
        }
    }

    /// <summary>The pdffonts rows of the fonts the signature added (the corpus letter's own fonts are left out).</summary>
    private static async Task<List<string>> NewFontsAsync(string path)
    {
        ProcessResult result = await ProcessRunner.RunAsync("pdffonts", [path]);
        Assert.True(result.Succeeded, result.ToString());
        return [.. result.Output.Split('\n').Where(l => l.Contains("CID TrueType", StringComparison.Ordinal))];
    }

    private static async Task<string> SignAsync(PdfSignatureAppearance appearance, string reason)
    {
        var env = await PdfTestEnvironment.GetAsync();
        string input = Path.Combine(SharedPaths.Corpus, "01-gs-ps2pdf-letter.pdf");
        string output = env.NewOutputPath("font.pdf");
        using var signer = env.CreateSigner();
        await new PadesSigner(signer).SignAsync(input, output, new PadesSignatureOptions { Appearance = appearance, Reason = reason });
        await PdfAssert.QpdfCleanAsync(output);
        await PdfAssert.PdfsigValidAsync(env, output);

        return output;
    }
}
