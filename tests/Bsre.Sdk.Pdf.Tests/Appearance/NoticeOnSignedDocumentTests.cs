using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Pdf.Tests.Validation;
using Bsre.Sdk.Validation;
using Bsre.Sdk.TestUtils;
using UglyToad.PdfPig;

namespace Bsre.Sdk.Pdf.Tests.Appearance;

/// <summary>
/// BSrE's notice on a document that is already signed: the signed page may not change, so the notice is drawn once, by a
/// annotation (the new signature's widget, or a stamp beside a visible one), and every earlier signature stays valid in
/// pdfsig and in our validator.
/// </summary>
public sealed class NoticeOnSignedDocumentTests
{
    private const string Wording = "BalaiBesarSertifikasiElektronik";

    [SkippableTheory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task A_second_signature_with_the_notice_keeps_the_first_valid_and_prints_the_notice_once(bool firstHasNotice, bool secondVisible)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string first = env.NewOutputPath("notice-first.pdf"), second = env.NewOutputPath("notice-second.pdf");
        using var signer = env.CreateSigner();
        await new PadesSigner(signer).SignAsync(SharedPaths.CorpusFile("01-gs-ps2pdf-letter.pdf"), first, new PadesSignatureOptions
        {
            Appearance = firstHasNotice ? new PdfSignatureAppearance { Visible = false, Notice = true } : null,
        });
        await new PadesSigner(signer).SignAsync(first, second, new PadesSignatureOptions
        {
            Appearance = secondVisible
                ? new PdfSignatureAppearance { X = 300, Y = 120, Width = 200, Height = 60, Notice = true }
                : new PdfSignatureAppearance { Visible = false, Notice = true },
        });

        await PdfAssert.QpdfCleanAsync(second);
        await PdfAssert.PdfsigAllValidAsync(env, second);
        ValidationReport report = await ValidationFixture.ValidateAsync(env, second);
        Assert.Equal(2, report.Signatures.Count);
        Assert.All(report.Signatures, s => Assert.True(s.Indication == ValidationIndication.TotalPassed, ValidationFixture.Describe(report)));
        Assert.True(report.Signatures[0].ModificationLevel < ModificationLevel.Other, ValidationFixture.Describe(report));

        using var document = PdfDocument.Open(second);
        var page = document.GetPage(1);
        int inContent = CountOccurrences(string.Concat(page.Letters.Select(l => l.Value).Where(l => l != " ")), Wording);
        var noticeWidgets = page.GetAnnotations().Where(a => a.Rectangle.Height is > 23.9 and < 24.1 && a.Rectangle.Bottom is > 5.9 and < 6.1).ToList();
        Assert.Equal(firstHasNotice ? 1 : 0, inContent);
        Assert.Equal(firstHasNotice ? 0 : 1, noticeWidgets.Count);
        Assert.Equal((secondVisible ? 1 : 0) + noticeWidgets.Count, page.GetAnnotations().Count(a => a.Rectangle.Width > 1));
    }

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_form_filling_certification_refuses_the_notice_before_anything_is_written(bool visible)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string certified = env.NewOutputPath("notice-certified.pdf"), second = env.NewOutputPath("notice-certified-second.pdf");
        using var signer = env.CreateSigner();
        await new PadesSigner(signer).SignAsync(SharedPaths.CorpusFile("01-gs-ps2pdf-letter.pdf"), certified, new PadesSignatureOptions { Certification = PdfCertification.FormFilling });

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => new PadesSigner(signer).SignAsync(certified, second, new PadesSignatureOptions
        {
            Appearance = visible ? new PdfSignatureAppearance { X = 300, Y = 120, Width = 200, Height = 60, Notice = true } : new PdfSignatureAppearance { Visible = false, Notice = true },
        }));
        Assert.Contains("DocMDP P=2", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(second));
    }

    [SkippableFact]
    public async Task Filling_an_existing_field_of_a_signed_document_with_the_notice_is_refused()
    {
        string input = Path.Combine(SharedPaths.SharedRoot ?? string.Empty, "corpus", "external", "pyHanko", "test_data", "pdf", "minimal-two-fields.pdf");
        Skip.IfNot(File.Exists(input), "pyHanko's minimal-two-fields.pdf is not present");
        var env = await PdfTestEnvironment.GetAsync();
        string first = env.NewOutputPath("notice-field-first.pdf"), second = env.NewOutputPath("notice-field-second.pdf");
        using var signer = env.CreateSigner();
        await new PadesSigner(signer).SignAsync(input, first, new PadesSignatureOptions { FieldName = "Sig1" });

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => new PadesSigner(signer).SignAsync(first, second, new PadesSignatureOptions
        {
            FieldName = "Sig2",
            Appearance = new PdfSignatureAppearance { Visible = false, Notice = true },
        }));
        Assert.Contains("existing field 'Sig2' of a signed document", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(second));
    }

    private static int CountOccurrences(string text, string word)
    {
        int count = 0;
        for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
