using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>Each incremental update is compared with the revision before it and judged against the rules in force when it was made.</summary>
public sealed class RevisionAnalysisTests
{
    [SkippableFact]
    public async Task A_change_hidden_in_an_intermediate_revision_and_reverted_is_flagged_by_revision()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string signed = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("01-gs-ps2pdf-letter.pdf"), SignatureLevel.BaselineB, name: "revisions-hidden");
        byte[] attacked = AttackGenerator.HiddenThenReverted(await File.ReadAllBytesAsync(signed));

        var report = await ValidationFixture.ValidateAsync(env, attacked);
        string json = ValidationFixture.Describe(report);
        var signature = Assert.Single(report.Signatures);
        Assert.True(signature.Indication == ValidationIndication.TotalFailed, json);
        Assert.Equal(2, signature.SignedRevision);
        Assert.Equal([(3, "other", false), (4, "other", false)], signature.LaterRevisions!.Select(r => (r.Revision, r.Modifications, r.Allowed)));
        Assert.Contains(signature.Errors, e => e.StartsWith("Revision 3 changed the document after signature 'Signature1'", StringComparison.Ordinal) && e.Contains("page 1", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_page_change_after_an_allowed_form_fill_fails_naming_its_revision()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string certified = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("01-gs-ps2pdf-letter.pdf"), SignatureLevel.BaselineB, new PadesSignatureOptions { Certification = PdfCertification.FormFilling }, "revisions-certified");
        string filled = await ValidationFixture.SignAsync(env, certified, SignatureLevel.BaselineB, new PadesSignatureOptions { FieldName = "Approval" }, "revisions-filled");
        byte[] attacked = AttackGenerator.ChangePageContent(await File.ReadAllBytesAsync(filled));

        var report = await ValidationFixture.ValidateAsync(env, attacked);
        string json = ValidationFixture.Describe(report);
        Assert.Equal(2, report.Signatures.Count);
        var certification = report.Signatures[0];
        Assert.True(certification.Indication == ValidationIndication.TotalFailed, json);
        Assert.Equal([(3, "form-filling", true), (4, "other", false)], certification.LaterRevisions!.Select(r => (r.Revision, r.Modifications, r.Allowed)));
        Assert.All(report.Signatures, s => Assert.Contains(s.Errors, e => e.StartsWith("Revision 4 changed the document", StringComparison.Ordinal)));
        Assert.DoesNotContain(report.Signatures.SelectMany(s => s.Errors), e => e.StartsWith("Revision 3", StringComparison.Ordinal));
        Assert.Contains("\"laterRevisions\"", json, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_field_lock_applies_from_the_signature_that_sets_it()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string first = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("01-gs-ps2pdf-letter.pdf"), SignatureLevel.BaselineB, name: "revisions-lock-first");
        byte[] filled = AttackGenerator.Update(await File.ReadAllBytesAsync(first), (u, f) =>
        {
            var form = u.Edit((PdfReference)f.Catalog["AcroForm"]!);
            var amount = u.Add(new PdfDictionary { ["FT"] = new PdfName("Tx"), ["T"] = PdfString.FromText("Amount"), ["V"] = PdfString.FromText("100") });
            form["Fields"] = new PdfArray([.. ((PdfArray)f.Resolve(form["Fields"])!).Items, amount]);
        });
        string filledPath = env.NewOutputPath("revisions-lock-filled.pdf");
        await File.WriteAllBytesAsync(filledPath, filled);
        string locked = await ValidationFixture.SignAsync(env, filledPath, SignatureLevel.BaselineB, new PadesSignatureOptions { FieldName = "Locking", FieldLock = new PdfFieldLock() }, "revisions-lock-locked");
        byte[] changed = AttackGenerator.Update(await File.ReadAllBytesAsync(locked), (u, f) =>
        {
            var fields = (PdfArray)f.Resolve(f.ResolveDictionary(f.Catalog["AcroForm"])!["Fields"])!;
            var amount = fields.Items.OfType<PdfReference>().Single(r => f.ResolveDictionary(r)!["T"] is PdfString t && t.ToText() == "Amount");
            u.Edit(amount)["V"] = PdfString.FromText("900");
        });

        var report = await ValidationFixture.ValidateAsync(env, changed);
        string json = ValidationFixture.Describe(report);
        var (unlocked, locking) = (report.Signatures[0], report.Signatures[1]);
        Assert.True(unlocked.Indication == ValidationIndication.TotalPassed, json);
        Assert.Equal([(3, "form-filling", true), (4, "form-filling", true), (5, "form-filling", true)], unlocked.LaterRevisions!.Select(r => (r.Revision, r.Modifications, r.Allowed)));
        Assert.True(locking.Indication == ValidationIndication.TotalFailed, json);
        Assert.Equal([(5, "form-filling", false)], locking.LaterRevisions!.Select(r => (r.Revision, r.Modifications, r.Allowed)));
        Assert.Equal(["Revision 5 changed fields that signature 'Locking' locks (FieldMDP): Amount."], locking.Errors);
    }

    [SkippableFact]
    public async Task Ltv_revisions_after_a_no_changes_certification_are_listed_as_allowed()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string certified = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("04-pdflatex-letter.pdf"), SignatureLevel.BaselineLTA, new PadesSignatureOptions { Certification = PdfCertification.NoChanges }, "revisions-lta");

        var report = await ValidationFixture.ValidateAsync(env, certified, offline: true);
        var signature = report.Signatures[0];
        Assert.True(report.Indication == ValidationIndication.TotalPassed, ValidationFixture.Describe(report));
        Assert.NotEmpty(signature.LaterRevisions!);
        Assert.All(signature.LaterRevisions!, r => Assert.True(r.Modifications == "lta-updates" && r.Allowed, $"revision {r.Revision}: {r.Modifications}"));
        Assert.Empty(report.Signatures[^1].LaterRevisions!);
    }
}
