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

    /// <summary>
    /// A hybrid original whose only page lives in an object stream that only the XRefStm lists (what hybrid files are
    /// for: PDF 1.4 readers see no page, newer readers see it). Nothing changes after signing, so there is no disagreement
    /// to report; qpdf and pdfsig read the signed file the same way.
    /// </summary>
    [SkippableFact]
    public async Task A_file_whose_pages_only_the_XRefStm_reaches_validates_without_a_shadow_finding()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string input = env.NewOutputPath("hybrid-pages-in-xrefstm.pdf");
        await File.WriteAllBytesAsync(input, HybridWithPageOnlyInXrefStm());
        string signed = await ValidationFixture.SignAsync(env, input, SignatureLevel.BaselineB, name: "hybrid-pages-in-xrefstm-signed");

        var report = await ValidationFixture.ValidateAsync(env, signed);
        string json = ValidationFixture.Describe(report);
        var signature = Assert.Single(report.Signatures);
        Assert.True(signature.Indication == ValidationIndication.TotalPassed, json);
        Assert.DoesNotContain(signature.Findings, f => f.Code == "PDF_HYBRID_XREF_CONFLICT");
        Assert.Single(PdfFile.Open(new MemoryStream(await File.ReadAllBytesAsync(signed))).GetPages());
        await PdfAssert.QpdfCleanAsync(signed);
        await PdfAssert.PdfsigValidAsync(env, signed);
    }

    private static byte[] HybridWithPageOnlyInXrefStm()
    {
        var pdf = new MemoryStream();
        var offsets = new Dictionary<int, long>();
        void Write(string text) => pdf.Write(Encoding.Latin1.GetBytes(text));
        void Object(int number, string body)
        {
            offsets[number] = pdf.Position;
            Write($"{number} 0 obj\n{body}\nendobj\n");
        }

        const string Content = "BT /F1 24 Tf 72 700 Td (Hybrid) Tj ET";
        const string Page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>";
        Write("%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n");
        Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object(4, $"<< /Length {Content.Length} >>\nstream\n{Content}\nendstream");
        string header = "3 0 ";
        Object(5, $"<< /Type /ObjStm /N 1 /First {header.Length} /Length {header.Length + Page.Length} >>\nstream\n{header}{Page}\nendstream");
        long xrefStm = pdf.Position;
        offsets[6] = xrefStm;
        Write("6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Index [3 1] /Length 7 >>\nstream\n");
        pdf.Write([2, 0, 0, 0, 5, 0, 0]);
        Write("\nendstream\nendobj\n");
        long table = pdf.Position;
        var entries = new StringBuilder("xref\n0 3\n0000000000 65535 f\r\n");
        foreach (int number in new[] { 1, 2 })
        {
            entries.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offsets[number]:D10} 00000 n\r\n");
        }

        entries.Append("4 3\n");
        foreach (int number in new[] { 4, 5, 6 })
        {
            entries.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offsets[number]:D10} 00000 n\r\n");
        }

        Write(entries.ToString());
        Write($"trailer\n<< /Size 7 /Root 1 0 R /XRefStm {xrefStm} >>\nstartxref\n{table}\n%%EOF\n");
        return pdf.ToArray();
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
