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
}
