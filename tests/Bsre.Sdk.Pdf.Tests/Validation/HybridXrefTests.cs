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

    /// <summary>
    /// Acrobat's pattern: a later update's trailer repeats the /XRefStm of an earlier hybrid section while its own table
    /// redefines an object that stream lists. Every reader takes the newer table's entry (the repeated stream is history),
    /// so this is no shadow attack.
    /// </summary>
    [SkippableFact]
    public async Task A_repeated_older_XRefStm_under_a_newer_table_is_not_a_disagreement()
    {
        var (env, writer) = await SignedAsync("hybrid-repeated-xrefstm");
        PdfReference page = writer.File.GetPages()[0];
        PdfDictionary copy = writer.File.ResolveDictionary(page)!.Clone();
        copy["Tabs"] = new PdfName("R");
        long at = writer.AddObject(page.Number, Serialized(copy));
        writer.Table(page.Number, at);
        writer.Stream(page.Number, at);
        byte[] hybrid = writer.Build();

        var first = PdfFile.Open(new MemoryStream(hybrid));
        long repeated = ((PdfNumber)first.Trailer["XRefStm"]!).LongValue;
        copy["Tabs"] = new PdfName("S");
        var update = new MemoryStream();
        update.Write(hybrid);
        long redefined = update.Position;
        PdfSerializer.Ascii(update, $"{page.Number} 0 obj\n{Serialized(copy)}\nendobj\n");
        long table = update.Position;
        var root = (PdfReference)first.Trailer["Root"]!;
        PdfSerializer.Ascii(update, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"xref\n{page.Number} 1\n{redefined:D10} 00000 n\r\ntrailer\n<< /Size {first.Trailer["Size"]} /Root {root.Number} 0 R /Prev {first.Xref.StartXref} /XRefStm {repeated} >>\nstartxref\n{table}\n%%EOF\n"));

        var report = await ValidationFixture.ValidateAsync(env, update.ToArray());
        Assert.True(report.Indication == ValidationIndication.TotalPassed, ValidationFixture.Describe(report));
        Assert.Equal("annotations", report.Signatures[0].Modifications);
    }

    private static string Serialized(PdfObject value)
    {
        using var buffer = new MemoryStream();
        PdfSerializer.Write(buffer, value);
        return System.Text.Encoding.Latin1.GetString(buffer.ToArray());
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
