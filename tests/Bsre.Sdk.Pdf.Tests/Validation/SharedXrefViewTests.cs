using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>A revision viewed through the newest revision's cross-reference chain reads exactly as the same prefix opened on its own.</summary>
public sealed class SharedXrefViewTests
{
    [SkippableFact]
    public async Task Every_revision_viewed_through_the_shared_chain_equals_its_prefix_read_alone()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string signed = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("01-gs-ps2pdf-letter.pdf"), SignatureLevel.BaselineB, name: "shared-xref");
        var hybrid = new HybridUpdateWriter(await File.ReadAllBytesAsync(signed));
        int hidden = hybrid.File.NextObjectNumber;
        hybrid.Stream(hidden, hybrid.AddObject(hidden, "<< /Note (only in the XRefStm) >>"));
        byte[] pdf = FormFillUpdates.Append(hybrid.Build(), 4);

        var final = PdfFile.Open(new MemoryStream(pdf));
        var revisions = RevisionIndex.Read(final, new PdfLimits());
        Assert.Equal(7, revisions.Count);
        foreach (PdfRevisionEnd revision in revisions)
        {
            PdfFile shared = final.OpenRevision(new SegmentStream(new MemoryStream(pdf), (0, revision.End)), pdf.Length);
            PdfFile alone = PdfFile.Open(new MemoryStream(pdf[..(int)revision.End]));
            Assert.Same(final.Xref.Chain, shared.Xref.Chain);
            Assert.Equal(alone.Xref.Entries.ToList(), shared.Xref.Entries.ToList());
            Assert.Equal(alone.Xref.Entries.Count, shared.Xref.Entries.Count);
            Assert.Equal(alone.NextObjectNumber, shared.NextObjectNumber);
            Assert.Equal(
                (alone.Xref.StartXref, alone.Xref.NewestIsStream, alone.Xref.HasHybridSection, alone.Xref.SectionCount),
                (shared.Xref.StartXref, shared.Xref.NewestIsStream, shared.Xref.HasHybridSection, shared.Xref.SectionCount));
            Assert.All(alone.Xref.Entries, e => Assert.Equal(e.Value, shared.Xref.Entries[e.Key]));
        }
    }

    [SkippableFact]
    public async Task A_revision_whose_sections_reach_past_the_shared_prefix_reads_its_own_chain()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string signed = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("01-gs-ps2pdf-letter.pdf"), SignatureLevel.BaselineB, name: "shared-xref-prefix");
        byte[] pdf = FormFillUpdates.Append(await File.ReadAllBytesAsync(signed), 3);

        var final = PdfFile.Open(new MemoryStream(pdf));
        PdfFile view = final.OpenRevision(new MemoryStream(pdf), final.Xref.StartXref);
        Assert.NotSame(final.Xref.Chain, view.Xref.Chain);
        Assert.Equal(final.Xref.Entries.ToList(), view.Xref.Entries.ToList());
    }
}
