using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>PDFs signed by other implementations (PDFBox, @signpdf, poppler's pdfsig) validate as intact.</summary>
public sealed class PeerSignedTests
{
    [SkippableTheory]
    [InlineData("sign-with-pdfbox.sh", "adbe")]
    [InlineData("sign-with-pdfbox.sh", "cades")]
    [InlineData("sign-with-signpdf.sh", "adbe")]
    [InlineData("sign-with-signpdf.sh", "cades")]
    public async Task Peer_signatures_validate_intact(string tool, string subFilter)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string output = env.NewOutputPath($"{Path.GetFileNameWithoutExtension(tool)}-{subFilter}.pdf");
        string p12 = Path.Combine(env.Directory, "signer-rsa.p12");
        string password = (await File.ReadAllTextAsync(Path.Combine(env.Directory, "signer-rsa.password"))).Trim();
        ProcessResult signed = await ProcessRunner.RunAsync("bash", [SharedPaths.Tool(tool), ValidationFixture.Corpus("01-gs-ps2pdf-letter.pdf"), output, p12, password, subFilter]);
        Skip.IfNot(signed.Succeeded, $"{tool} is not usable here: {signed.Output}");
        await AssertIntactAsync(env, output);
    }

    [SkippableFact]
    public async Task Pdfsig_signature_validates_intact()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        Skip.IfNot(ProcessRunner.IsOnPath("pdfsig") && ProcessRunner.IsOnPath("pk12util"), "pdfsig or pk12util is not installed.");
        var env = await PdfTestEnvironment.GetAsync();
        string nss = env.CopyNssDatabase();
        string password = (await File.ReadAllTextAsync(Path.Combine(env.Directory, "signer-rsa.password"))).Trim();
        await ProcessRunner.RunAsync("pk12util", ["-i", Path.Combine(env.Directory, "signer-rsa.p12"), "-d", "sql:" + nss, "-W", password, "-K", string.Empty]);
        string listing = (await ProcessRunner.RunAsync("certutil", ["-L", "-d", "sql:" + nss])).Output;
        string? nick = listing.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.EndsWith("u,u,u", StringComparison.Ordinal))?[..^5].Trim();
        Skip.If(nick is null, $"the signer key did not import into NSS: {listing}");
        string output = env.NewOutputPath("pdfsig.pdf");
        ProcessResult added = await ProcessRunner.RunAsync("pdfsig", ["-nssdir", "sql:" + nss, "-add-signature", "-nick", nick!, ValidationFixture.Corpus("01-gs-ps2pdf-letter.pdf"), output]);
        Skip.IfNot(added.Succeeded, $"pdfsig -add-signature failed: {added.Output}");
        await AssertIntactAsync(env, output);
    }

    private static async Task AssertIntactAsync(PdfTestEnvironment env, string path)
    {
        var report = await ValidationFixture.ValidateAsync(env, path);
        string json = ValidationFixture.Describe(report);
        var signature = Assert.Single(report.Signatures);
        Assert.True(signature.Indication == ValidationIndication.TotalPassed, json);
        Assert.True(signature.CoversWholeDocument, json);
        Assert.Equal("none", signature.Modifications);
    }
}
