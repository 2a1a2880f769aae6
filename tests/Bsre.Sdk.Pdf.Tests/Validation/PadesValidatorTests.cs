using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>Our own PAdES outputs validate with the right level, coverage and revision mapping.</summary>
public sealed class PadesValidatorTests
{
    [SkippableTheory]
    [InlineData("01-gs-ps2pdf-letter.pdf", SignatureLevel.BaselineB, "PAdES-BASELINE-B")]
    [InlineData("04-pdflatex-letter.pdf", SignatureLevel.BaselineT, "PAdES-BASELINE-T")]
    [InlineData("15-qpdf-objstm-generate.pdf", SignatureLevel.BaselineB, "PAdES-BASELINE-B")]
    [InlineData("21-handmade-hybrid-xref.pdf", SignatureLevel.BaselineB, "PAdES-BASELINE-B")]
    [InlineData("25-incr-update-on-linearized.pdf", SignatureLevel.BaselineT, "PAdES-BASELINE-T")]
    public async Task Online_validation_of_our_signatures_passes(string name, SignatureLevel level, string expected)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string signed = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus(name), level);
        var report = await ValidationFixture.ValidateAsync(env, signed);
        string json = ValidationFixture.Describe(report);
        var signature = Assert.Single(report.Signatures);
        Assert.True(ValidationIndication.TotalPassed == signature.Indication, json);
        Assert.Equal(expected, signature.Level);
        Assert.True(signature.CoversWholeDocument);
        Assert.Equal("none", signature.Modifications);
    }

    [SkippableTheory]
    [InlineData("01-gs-ps2pdf-letter.pdf", SignatureLevel.BaselineLT, "PAdES-BASELINE-LT")]
    [InlineData("04-pdflatex-letter.pdf", SignatureLevel.BaselineLTA, "PAdES-BASELINE-LTA")]
    [InlineData("17-qpdf-linearized.pdf", SignatureLevel.BaselineLTA, "PAdES-BASELINE-LTA")]
    [InlineData("23-incr-xrefstream-update-on-pdflatex.pdf", SignatureLevel.BaselineLT, "PAdES-BASELINE-LT")]
    public async Task Offline_validation_of_our_LT_and_LTA_outputs_passes(string name, SignatureLevel level, string expected)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string signed = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus(name), level);
        var report = await ValidationFixture.ValidateAsync(env, signed, offline: true);
        string json = ValidationFixture.Describe(report);
        Assert.True(ValidationIndication.TotalPassed == report.Indication, json);
        var signature = report.Signatures[0];
        Assert.Equal(SignatureKind.Signature, signature.Kind);
        Assert.Equal(expected, signature.Level);
        Assert.False(signature.CoversWholeDocument);
        Assert.Equal("lta-updates", signature.Modifications);
        Assert.DoesNotContain(signature.Warnings, w => w.Contains("changed after this signature", StringComparison.Ordinal));
        if (level == SignatureLevel.BaselineLTA)
        {
            Assert.Equal(SignatureKind.DocumentTimestamp, report.Signatures[^1].Kind);
            Assert.True(report.Signatures[^1].CoversWholeDocument);
        }
    }

    [SkippableFact]
    public async Task A_second_signature_is_a_legitimate_later_change()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string first = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("08-libreoffice-letter-odt-tagged.pdf"), SignatureLevel.BaselineB);
        string second = await ValidationFixture.SignAsync(env, first, SignatureLevel.BaselineB, new PadesSignatureOptions { FieldName = "Second" }, "second");
        var report = await ValidationFixture.ValidateAsync(env, second);
        string json = ValidationFixture.Describe(report);
        Assert.True(ValidationIndication.TotalPassed == report.Indication, json);
        Assert.Equal(2, report.Signatures.Count);
        Assert.Equal("form-filling", report.Signatures[0].Modifications);
        Assert.Equal("none", report.Signatures[1].Modifications);
    }

    [SkippableFact]
    public async Task Unsigned_pdf_has_no_signature()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        var report = await ValidationFixture.ValidateAsync(env, ValidationFixture.Corpus("20-handmade-acroform-empty-sigfield.pdf"));
        Assert.Empty(report.Signatures);
        Assert.Null(report.Indication);
    }
}
