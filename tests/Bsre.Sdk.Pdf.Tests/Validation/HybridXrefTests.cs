using System.Text;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>
/// Hybrid-reference updates after signing: when the classic table and the XRefStm agree the update is judged like
/// any other; when they disagree, readers that ignore or prefer the XRefStm see another document, so the signature fails.
/// </summary>
public sealed class HybridXrefTests
{
    private const string Attack = "BT /F1 24 Tf 72 72 Td (PAID IN FULL) Tj ET";

    [SkippableFact]
    public async Task A_consistent_hybrid_update_after_signing_is_accepted()
    {
        var (env, writer) = await SignedAsync("hybrid-consistent");
        int listed = writer.File.NextObjectNumber, hidden = listed + 1;
        long at = writer.AddObject(listed, "<< /Note (listed in both) >>");
        writer.Table(listed, at);
        writer.Stream(listed, at);
        writer.Stream(hidden, writer.AddObject(hidden, "<< /Note (only in the XRefStm: hidden from PDF 1.4 readers, new) >>"));

        var report = await ValidationFixture.ValidateAsync(env, writer.Build());
        string json = ValidationFixture.Describe(report);
        Assert.True(report.Indication == ValidationIndication.TotalPassed, json);
        Assert.Equal([(3, "none", true)], report.Signatures[0].LaterRevisions!.Select(r => (r.Revision, r.Modifications, r.Allowed)));
    }

    [SkippableFact]
    public async Task New_content_that_only_readers_preferring_the_XRefStm_see_fails_the_signature()
    {
        var (env, writer) = await SignedAsync("hybrid-stream-preferred");
        int content = PageContent(writer.File);
        writer.Table(content, writer.File.Xref.Entries[content].Offset);
        writer.Stream(content, writer.AddObject(content, $"<< /Length {Attack.Length} >>\nstream\n{Attack}\nendstream"));

        await AssertConflictAsync(env, writer.Build(), content);
    }

    [SkippableFact]
    public async Task Content_deleted_for_readers_ignoring_the_XRefStm_fails_the_signature()
    {
        var (env, writer) = await SignedAsync("hybrid-table-deletes");
        int content = PageContent(writer.File);
        writer.TableFree(content);
        writer.Stream(content, writer.File.Xref.Entries[content].Offset);

        await AssertConflictAsync(env, writer.Build(), content);
    }

    [SkippableFact]
    public void A_hybrid_file_made_by_hand_is_consistent()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        using var stream = File.OpenRead(ValidationFixture.Corpus("21-handmade-hybrid-xref.pdf"));
        var file = PdfFile.Open(stream);
        var section = Assert.Single(HybridXrefCheck.Check(file, RevisionIndex.Read(file, new PdfLimits()), new PdfLimits()));
        Assert.Equal(1, section.Revision);
        Assert.Empty(section.Conflicts);
    }

    private static async Task AssertConflictAsync(PdfTestEnvironment env, byte[] attacked, int content)
    {
        var report = await ValidationFixture.ValidateAsync(env, attacked);
        string json = ValidationFixture.Describe(report);
        var signature = Assert.Single(report.Signatures);
        Assert.True(signature.Indication == ValidationIndication.TotalFailed, json);
        Assert.Equal("none", signature.Modifications); // the table-first view alone shows nothing
        Assert.Contains(signature.Errors, e => e.StartsWith($"Revision 3 has a hybrid cross-reference section whose table and XRefStm disagree on objects {content}", StringComparison.Ordinal));
        Assert.Equal([(3, "none", false)], signature.LaterRevisions!.Select(r => (r.Revision, r.Modifications, r.Allowed)));
    }

    private static async Task<(PdfTestEnvironment Env, HybridUpdateWriter Writer)> SignedAsync(string name)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string signed = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("01-gs-ps2pdf-letter.pdf"), SignatureLevel.BaselineB, name: name);
        var writer = new HybridUpdateWriter(await File.ReadAllBytesAsync(signed));
        Assert.False(writer.File.Xref.NewestIsStream);
        return (env, writer);
    }

    private static int PageContent(PdfFile file) => ((PdfReference)file.ResolveDictionary(file.GetPages()[0])!["Contents"]!).Number;
}
