using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>Every generated attack variant is flagged and none is TOTAL_PASSED; legitimate later changes are not flagged.</summary>
public sealed class AttackTests(Xunit.Abstractions.ITestOutputHelper output)
{
    public static TheoryData<string> ApprovalAttacks => [.. AttackGenerator.Approval.Keys];

    public static TheoryData<string> CertificationAttacks => [.. AttackGenerator.Certified.Keys];

    [SkippableTheory]
    [MemberData(nameof(ApprovalAttacks))]
    public async Task Attacks_on_an_approval_signature_are_flagged(string attack)
    {
        var (env, signed) = await SignedAsync(PdfCertification.None);
        await AssertFlaggedAsync(env, AttackGenerator.Approval[attack](signed), attack);
    }

    [SkippableTheory]
    [MemberData(nameof(CertificationAttacks))]
    public async Task Attacks_on_a_certified_document_are_flagged(string attack)
    {
        var (env, signed) = await SignedAsync(PdfCertification.FormFilling);
        await AssertFlaggedAsync(env, AttackGenerator.Certified[attack](signed), attack);
    }

    [SkippableFact]
    public async Task Signing_after_a_form_filling_certification_is_allowed()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string certified = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("01-gs-ps2pdf-letter.pdf"), SignatureLevel.BaselineB, new PadesSignatureOptions { Certification = PdfCertification.FormFilling }, "certified");
        string second = await ValidationFixture.SignAsync(env, certified, SignatureLevel.BaselineB, new PadesSignatureOptions { FieldName = "Approval" }, "approved");
        var report = await ValidationFixture.ValidateAsync(env, second);
        Assert.True(report.Indication == ValidationIndication.TotalPassed, ValidationFixture.Describe(report));
        Assert.Equal("form-filling", report.Signatures[0].Modifications);
    }

    [SkippableFact]
    public async Task Ltv_updates_after_a_no_changes_certification_are_allowed()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string certified = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("04-pdflatex-letter.pdf"), SignatureLevel.BaselineLTA, new PadesSignatureOptions { Certification = PdfCertification.NoChanges }, "certified-lta");
        var report = await ValidationFixture.ValidateAsync(env, certified, offline: true);
        Assert.True(report.Indication == ValidationIndication.TotalPassed, ValidationFixture.Describe(report));
        Assert.Equal("lta-updates", report.Signatures[0].Modifications);
    }

    [SkippableFact]
    public async Task Annotations_after_a_no_changes_certification_are_refused()
    {
        var (env, signed) = await SignedAsync(PdfCertification.NoChanges);
        await AssertFlaggedAsync(env, AttackGenerator.Certified["evil-annotation"](signed), "evil-annotation on P=1");
    }

    private static async Task<(PdfTestEnvironment Env, byte[] Signed)> SignedAsync(PdfCertification certification)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string path = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("01-gs-ps2pdf-letter.pdf"), SignatureLevel.BaselineB, new PadesSignatureOptions { Certification = certification }, "attack-base-" + certification);
        var baseline = await ValidationFixture.ValidateAsync(env, path);
        Assert.True(baseline.Indication == ValidationIndication.TotalPassed, ValidationFixture.Describe(baseline));
        return (env, await File.ReadAllBytesAsync(path));
    }

    private async Task AssertFlaggedAsync(PdfTestEnvironment env, byte[] attacked, string attack)
    {
        ValidationReport report;
        try
        {
            report = await ValidationFixture.ValidateAsync(env, attacked);
        }
        catch (DocumentFormatException e)
        {
            output.WriteLine($"{attack}: refused: {e.Message}");
            return; // refused outright: flagged
        }

        string json = ValidationFixture.Describe(report);
        output.WriteLine($"{attack}: {report.Indication}: {string.Join(" / ", report.Signatures.SelectMany(s => s.Errors))}");
        Assert.NotEqual(ValidationIndication.TotalPassed, report.Indication);
        Assert.True(report.Signatures.Count == 0 || report.Signatures[0].Errors.Count > 0, $"{attack} was not flagged: {json}");
    }
}
