using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>A signature followed by thousands of incremental updates is validated revision by revision in linear time.</summary>
public sealed class ManyRevisionsTests
{
    private const int Updates = 3000;

    [SkippableFact]
    public async Task Three_thousand_form_fill_updates_after_a_signature_are_each_judged()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string signed = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("01-gs-ps2pdf-letter.pdf"), SignatureLevel.BaselineB, name: "many-revisions");
        byte[] filled = FormFillUpdates.Append(await File.ReadAllBytesAsync(signed), Updates);

        var report = await ValidationFixture.ValidateAsync(env, filled);
        var signature = Assert.Single(report.Signatures);
        Assert.True(signature.Indication == ValidationIndication.TotalPassed, ValidationFixture.Describe(report));
        Assert.Equal(Enumerable.Range(signature.SignedRevision!.Value + 1, Updates), signature.LaterRevisions!.Select(r => r.Revision));
        Assert.All(signature.LaterRevisions!, r => Assert.Equal(("form-filling", true), (r.Modifications, r.Allowed)));
    }
}
