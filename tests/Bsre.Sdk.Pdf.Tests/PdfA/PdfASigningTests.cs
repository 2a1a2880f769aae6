using Bsre.Sdk.Pdf.PdfA;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Signing;
using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Pdf.Tests.PdfA;

/// <summary>
/// Signing PDF/A inputs keeps them PDF/A: each input is signed visibly (PNG with alpha, QR code, notice), then invisibly,
/// then extended to B-LTA (DSS and a document timestamp). The result must pass pdffonts (every font embedded), qpdf --check,
/// pdfsig (every signature valid) and the SDK's own validator (no disallowed change), keep the first /ID, and pass
/// <see cref="PdfARules"/> for every object the SDK wrote.
/// </summary>
public sealed class PdfASigningTests
{
    public static TheoryData<string> Inputs => PdfACorpus.Names;

    [SkippableTheory]
    [MemberData(nameof(Inputs))]
    public async Task Signed_twice_visibly_and_at_LTA_the_file_keeps_its_PdfA_rules(string name)
    {
        Skip.IfNot(ProcessRunner.IsOnPath("pdffonts") && ProcessRunner.IsOnPath("qpdf"), "poppler-utils and qpdf are needed.");
        string input = await PdfACorpus.PathAsync(name);
        string output = await SignAllVariantsAsync(input);

        var env = await PdfTestEnvironment.GetAsync();
        await PdfAssert.QpdfCleanAsync(output);
        await PdfAssert.PdfsigAllValidAsync(env, output);
        Assert.Equal(3, SignedPdfInspector.Read(await File.ReadAllBytesAsync(output)).Count);
        ProcessResult fonts = await ProcessRunner.RunAsync("pdffonts", [output]);
        string[] rows = [.. fonts.Output.Split('\n').Skip(2).Where(l => l.Length > 0)];
        Assert.Contains(rows, r => r.Contains("+NotoSans-Regular", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Matches(@"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", r));

        ProcessResult render = await ProcessRunner.RunAsync("pdftoppm", ["-r", "30", "-f", "1", "-l", "1", output, output + "-render"]);
        Assert.True(render.Succeeded && !render.Output.Contains("Error", StringComparison.Ordinal), render.ToString());

        var violations = Rules(input, output).All().ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        var report = await Validation.ValidationFixture.ValidateAsync(env, output);
        Assert.True(report.Indication == Bsre.Sdk.Validation.ValidationIndication.TotalPassed, Validation.ValidationFixture.Describe(report));
    }

    [Fact]
    public void Declaration_is_read_from_xmp_attributes_and_elements_with_the_output_intent()
    {
        using var own = new MemoryStream(PdfACorpus.OwnPdfA());
        Assert.Equal(new PdfAProfile(2, "B", null), PdfAProfile.Read(PdfFile.Open(own)));
        using var undeclared = new MemoryStream(PdfACorpus.OwnPdfA(declare: false));
        Assert.Null(PdfAProfile.Read(PdfFile.Open(undeclared)));
    }

    [SkippableFact]
    public async Task Ghostscript_declarations_and_output_intents_are_read()
    {
        using var cmyk = File.OpenRead(await PdfACorpus.PathAsync("gs-3b-cmyk"));
        Assert.Equal(new PdfAProfile(3, "B", 4), PdfAProfile.Read(PdfFile.Open(cmyk)));
        using var none = File.OpenRead(await PdfACorpus.PathAsync("gs-1b-no-intent"));
        Assert.Equal(new PdfAProfile(1, "B", null), PdfAProfile.Read(PdfFile.Open(none)));
    }

    /// <summary>
    /// The rules fail where they should: the same visible signature on the same file without its PDF/A declaration keeps its
    /// soft mask and device colour (6.4, 6.2.3.3), and a non-embedded font (the corpus letter's Helvetica) breaks 6.3.4.
    /// </summary>
    [SkippableFact]
    public async Task Rules_catch_a_signature_written_as_for_a_plain_pdf()
    {
        var env = await PdfTestEnvironment.GetAsync();
        string declared = env.NewOutputPath("declared.pdf"), undeclared = env.NewOutputPath("undeclared.pdf");
        await File.WriteAllBytesAsync(declared, PdfACorpus.OwnPdfA());
        await File.WriteAllBytesAsync(undeclared, PdfACorpus.OwnPdfA(declare: false));
        string plain = env.NewOutputPath("plain-signed.pdf");
        using (var signer = env.CreateSigner())
        {
            await new PadesSigner(signer).SignAsync(undeclared, plain, new PadesSignatureOptions { Appearance = Visible() });
        }

        // judged against the declaring twin (same objects, same length), the plain signature's objects break the rules
        var rules = Rules(declared, plain);
        Assert.NotEmpty(rules.NoTransparency());
        Assert.NotEmpty(rules.DeviceColour());
        Assert.Empty(rules.Widgets());

        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        using var letter = File.OpenRead(Path.Combine(SharedPaths.Corpus, "01-gs-ps2pdf-letter.pdf"));
        var original = PdfFile.Open(letter);
        var all = original.Xref.Entries.Where(e => e.Value.Kind == XrefEntryKind.InFile).Select(e => (e.Key, original.GetObject(e.Key)!));
        Assert.NotEmpty(rules.FontsEmbedded(all.Select(o => (o.Key, o.Item2))));
    }

    [SkippableFact]
    public async Task Cmyk_jpeg_is_refused_in_a_PdfA_file_without_a_cmyk_output_intent()
    {
        var env = await PdfTestEnvironment.GetAsync();
        string input = await PdfACorpus.PathAsync("gs-2b-rgb");
        using var signer = env.CreateSigner();
        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => new PadesSigner(signer).SignAsync(input, env.NewOutputPath("cmyk.pdf"), new PadesSignatureOptions
        {
            Appearance = new PdfSignatureAppearance { X = 300, Y = 80, Image = CmykJpegHeader() },
        }));
        Assert.Contains("CMYK", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The start of a baseline JPEG whose frame has four components (CMYK): all the SDK reads before placing it.</summary>
    private static byte[] CmykJpegHeader() => [0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x14, 8, 0, 1, 0, 1, 4, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0, 0xFF, 0xD9];

    private static PdfSignatureAppearance Visible() => new()
    {
        X = 300, Y = 80, Width = 250, Height = 80,
        Image = TestImages.Png(), QrCodeUrl = new Uri("https://tte.example.go.id/verify?id=7"), Notice = true, NoticeLogo = TestImages.Png(),
    };

    private static PdfARules Rules(string input, string output)
    {
        byte[] original = File.ReadAllBytes(input);
        return new PdfARules(PdfFile.Open(new MemoryStream(original)), PdfFile.Open(new MemoryStream(File.ReadAllBytes(output))), original.Length);
    }

    /// <summary>
    /// Signs visibly with image, QR and notice, then invisibly, then extends to B-LTA; returns the final file. The notice
    /// goes with the first signature: it changes the page, which a later signature may not do to an earlier one.
    /// </summary>
    private static async Task<string> SignAllVariantsAsync(string input)
    {
        var env = await PdfTestEnvironment.GetAsync();
        string visible = env.NewOutputPath("pdfa-visible.pdf"), invisible = env.NewOutputPath("pdfa-invisible.pdf"), lta = env.NewOutputPath("pdfa-lta.pdf");
        using var signer = env.CreateSigner();
        await new PadesSigner(signer).SignAsync(input, visible, new PadesSignatureOptions
        {
            Appearance = Visible(), Reason = "Persetujuan Kepala Dinas", Location = "Bekasi",
        });
        await new PadesSigner(signer).SignAsync(visible, invisible, new PadesSignatureOptions { Reason = "Paraf" });
        await new PadesExtender().ExtendAsync(invisible, lta, new PadesExtensionOptions { Level = SignatureLevel.BaselineLTA, TimestampClient = env.CreateTimestampClient() });
        return lta;
    }
}
