using Bsre.Sdk.Pdf.Tests.Infrastructure;

namespace Bsre.Sdk.Pdf.Tests;

/// <summary>Signing does not load the document: allocations stay far below the document's size.</summary>
[Collection(nameof(SerialTestGroup))]
public sealed class MemoryTests
{
    [SkippableFact]
    public async Task Signing_a_20_MB_pdf_allocates_well_under_its_size()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        using var signer = env.CreateSigner();
        var pades = new PadesSigner(signer);
        string path = SharedPaths.CorpusFile("27-img2pdf-photos-20mb.pdf");
        await using (var warm = File.OpenRead(path))
        {
            await pades.SignAsync(warm, Stream.Null);
        }

        long before = GC.GetTotalAllocatedBytes(precise: true);
        await using (var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1))
        {
            await pades.SignAsync(input, Stream.Null);
        }

        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.True(allocated < 4 << 20, $"signing a {new FileInfo(path).Length} byte PDF allocated {allocated} bytes");
    }

    /// <summary>
    /// A visible signature reads only the page's geometry, and an anchor search only each page's text-bearing objects:
    /// the img2pdf file's pages are one 1.7 MB photo each (measured: 0.14 MB with a rectangle and 0.85 MB with an anchor
    /// search; 2.1 MB and 21 MB when PdfPig read the document).
    /// </summary>
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Visible_signing_of_a_20_MB_pdf_reads_no_page_images(bool anchor)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        using var signer = env.CreateSigner();
        var pades = new PadesSigner(signer);
        string path = SharedPaths.CorpusFile("27-img2pdf-photos-20mb.pdf");
        var options = new PadesSignatureOptions
        {
            Appearance = anchor
                ? new PdfSignatureAppearance { AnchorText = "${ttd}" }
                : new PdfSignatureAppearance { Page = PdfSignatureAppearance.LastPage, X = 20, Y = 20, Width = 150, Height = 50 },
        };
        await SignAsync();
        long before = GC.GetTotalAllocatedBytes(precise: true);
        await SignAsync();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.True(allocated < (anchor ? 4 << 20 : 1 << 20), $"signing a {new FileInfo(path).Length} byte PDF visibly allocated {allocated} bytes");

        async Task SignAsync()
        {
            await using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            if (anchor)
            {
                // the photos carry no text: every page is searched, then the anchor is reported missing
                await Assert.ThrowsAsync<ArgumentException>(() => pades.SignAsync(input, Stream.Null, options));
            }
            else
            {
                await pades.SignAsync(input, Stream.Null, options);
            }
        }
    }
}
