using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>
/// PDF 2.0 field-lock permissions (ISO 32000-2 Table 236, /P in a signature field's /Lock), built here rather than taken
/// from a corpus file: with /P 1 no change at all may follow the signature, so a comment or a new field fails it; the
/// same lock without /P locks only the fields and lets both through.
/// </summary>
public sealed class FieldLockPermissionTests
{
    [SkippableTheory]
    [InlineData(null, "comment", true)]
    [InlineData(1, "comment", false)]
    [InlineData(null, "field", true)]
    [InlineData(1, "field", false)]
    public async Task A_lock_with_P_1_allows_no_change_after_the_signature(int? permission, string change, bool allowed)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string name = $"lock-p{permission?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}-{change}";
        byte[] prepared = AttackGenerator.Update(await File.ReadAllBytesAsync(ValidationFixture.Corpus("20-handmade-acroform-empty-sigfield.pdf")), (u, f) =>
        {
            var field = Bsre.Sdk.Pdf.Signing.FieldTree.Of(f).Single(x => x.IsSignature);
            var fieldLock = new PdfDictionary { ["Type"] = new PdfName("SigFieldLock"), ["Action"] = new PdfName("All") };
            if (permission is { } p)
            {
                fieldLock["P"] = new PdfNumber(p);
            }

            u.Edit(field.Reference)["Lock"] = fieldLock;
        });
        string preparedPath = env.NewOutputPath(name + "-prepared.pdf");
        await File.WriteAllBytesAsync(preparedPath, prepared);
        string signed = await ValidationFixture.SignAsync(env, preparedPath, SignatureLevel.BaselineB, new PadesSignatureOptions { FieldName = "Signature1" }, name);
        byte[] changed = change == "comment"
            ? AttackGenerator.Certified["evil-annotation"](await File.ReadAllBytesAsync(signed))
            : AttackGenerator.Update(await File.ReadAllBytesAsync(signed), (u, f) =>
            {
                var form = u.Edit((PdfReference)f.Catalog["AcroForm"]!);
                var added = u.Add(new PdfDictionary { ["FT"] = new PdfName("Tx"), ["T"] = PdfString.FromText("Added") });
                form["Fields"] = new PdfArray([.. ((PdfArray)f.Resolve(form["Fields"])!).Items, added]);
            });

        var report = await ValidationFixture.ValidateAsync(env, changed);
        string json = ValidationFixture.Describe(report);
        var signature = Assert.Single(report.Signatures);
        if (allowed)
        {
            Assert.True(signature.Indication == ValidationIndication.TotalPassed, json);
            return;
        }

        Assert.True(signature.Indication == ValidationIndication.TotalFailed && signature.SubIndication == SubIndication.FormatFailure, json);
        Assert.Contains(signature.Findings, f => f.Code == "PDF_PERMISSION_EXCEEDED");
    }
}
