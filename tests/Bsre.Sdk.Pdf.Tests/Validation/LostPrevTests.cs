using System.Globalization;
using System.Text;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>
/// Updates whose trailer lost the /Prev of the section before them (0, or an offset where no section is), as in DSS's
/// pades-5-signatures-and-1-document-timestamp.pdf: pdfsig and PDFBox (DSS) recover the earlier sections and see every
/// signature, so the validator must too; and a form whose /Fields is an indirect array gaining a signature field, which is
/// the ordinary addition of a field, not an unknown change.
/// </summary>
public sealed class LostPrevTests
{
    [SkippableTheory]
    [InlineData("zero")]
    [InlineData("garbage")]
    public async Task A_lost_Prev_is_recovered_from_the_previous_section_and_the_signature_is_found(string kind)
    {
        var (env, signed) = await SignedAsync("lost-prev-" + kind);
        byte[] updated = AttackGenerator.Update(signed, (u, f) => u.Edit((PdfReference)f.Catalog["AcroForm"]!)["DA"] = PdfString.FromText("/Helv 0 Tf 0 g"));
        // the update's /Prev points into the first page's content stream, or is 0
        byte[] lost = ReplacePrev(updated, signed.Length, kind == "zero" ? 0 : 100);
        string path = env.NewOutputPath($"lost-prev-{kind}.pdf");
        await File.WriteAllBytesAsync(path, lost);

        var report = await ValidationFixture.ValidateAsync(env, lost);
        string json = ValidationFixture.Describe(report);
        var signature = Assert.Single(report.Signatures);
        Assert.True(signature.Indication == ValidationIndication.TotalPassed, json);
        Assert.Equal([(3, "form-filling", true)], signature.LaterRevisions!.Select(r => (r.Revision, r.Modifications, r.Allowed)));
        await PdfAssert.PdfsigAllValidAsync(env, path, requireTotal: false);
    }

    [SkippableFact]
    public async Task An_indirect_Fields_array_gaining_a_signature_field_is_form_filling()
    {
        var (env, signed) = await SignedAsync("indirect-fields");
        PdfReference? array = null;
        byte[] indirect = AttackGenerator.Update(signed, (u, f) =>
        {
            var form = u.Edit((PdfReference)f.Catalog["AcroForm"]!);
            array = u.Add(new PdfArray([.. ((PdfArray)f.Resolve(form["Fields"])!).Items]));
            form["Fields"] = array;
        });
        byte[] added = AttackGenerator.Update(indirect, (u, f) =>
        {
            var field = u.Add(new PdfDictionary
            {
                ["Type"] = new PdfName("Annot"),
                ["Subtype"] = new PdfName("Widget"),
                ["FT"] = new PdfName("Sig"),
                ["T"] = PdfString.FromText("Second"),
                ["F"] = new PdfNumber(132),
                ["Rect"] = PdfArray.OfNumbers(0, 0, 0, 0),
                ["P"] = f.GetPages()[0],
            });
            u.Replace(array!.Number, new PdfArray([.. ((PdfArray)f.GetObject(array.Number)!).Items, field]));
        });

        var report = await ValidationFixture.ValidateAsync(env, added);
        var signature = Assert.Single(report.Signatures);
        Assert.True(signature.Indication == ValidationIndication.TotalPassed, ValidationFixture.Describe(report));
        Assert.Equal("form-filling", signature.Modifications);
    }

    private static byte[] ReplacePrev(byte[] pdf, int updateStart, long prev)
    {
        string text = Encoding.Latin1.GetString(pdf, updateStart, pdf.Length - updateStart);
        int at = text.LastIndexOf("/Prev ", StringComparison.Ordinal) + "/Prev ".Length;
        int digits = text.AsSpan(at).IndexOfAnyExceptInRange('0', '9');
        string replacement = prev.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
        Assert.Equal(digits, replacement.Length);
        byte[] result = (byte[])pdf.Clone();
        Encoding.ASCII.GetBytes(replacement).CopyTo(result, updateStart + at);
        return result;
    }

    private static async Task<(PdfTestEnvironment Env, byte[] Signed)> SignedAsync(string name)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string signed = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("01-gs-ps2pdf-letter.pdf"), SignatureLevel.BaselineB, name: name);
        return (env, await File.ReadAllBytesAsync(signed));
    }
}
