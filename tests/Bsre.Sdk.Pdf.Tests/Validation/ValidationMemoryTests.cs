using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>Validation streams the document: allocations stay far below its size, and forward-only input works.</summary>
[Collection(nameof(SerialTestGroup))]
public sealed class ValidationMemoryTests
{
    [SkippableFact]
    public async Task Validating_a_signed_20_MB_pdf_allocates_well_under_its_size()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string signed = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("27-img2pdf-photos-20mb.pdf"), SignatureLevel.BaselineLT, name: "big-lt");
        var validator = new Bsre.Sdk.Pdf.Validation.PadesValidator(ValidationFixture.Options(env, offline: true));
        Assert.Equal(ValidationIndication.TotalPassed, (await validator.ValidateAsync(signed)).Indication);

        long before = GC.GetTotalAllocatedBytes(precise: true);
        var report = await validator.ValidateAsync(signed);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Equal(ValidationIndication.TotalPassed, report.Indication);
        Assert.True(allocated < 8 << 20, $"validating a {new FileInfo(signed).Length} byte PDF allocated {allocated} bytes");
    }

    [SkippableFact]
    public async Task A_forward_only_stream_is_validated_like_a_file()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string signed = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("04-pdflatex-letter.pdf"), SignatureLevel.BaselineB, name: "forward-only");
        await using var input = new ForwardOnlyStream(await File.ReadAllBytesAsync(signed));
        var report = await new Bsre.Sdk.Pdf.Validation.PadesValidator(ValidationFixture.Options(env, offline: false)).ValidateAsync(input, "forward-only.pdf");
        Assert.Equal(ValidationIndication.TotalPassed, report.Indication);
        Assert.Equal("forward-only.pdf", report.FileName);
    }
}
