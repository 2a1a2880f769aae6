using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Pdf.Tests;

/// <summary>PAdES B-LT (DSS) and B-LTA (document timestamp over it), when signing and when extending.</summary>
public sealed class LongTermValidationTests
{
    [SkippableTheory]
    [InlineData("01-gs-ps2pdf-letter.pdf", SignatureLevel.BaselineLT)]
    [InlineData("04-pdflatex-letter.pdf", SignatureLevel.BaselineLTA)]
    [InlineData("17-qpdf-linearized.pdf", SignatureLevel.BaselineLTA)]
    public async Task Signing_at_LT_and_LTA_writes_a_DSS_with_both_chains_revocation_data(string name, SignatureLevel level)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string output = env.NewOutputPath(level + "-" + name);
        using var signer = env.CreateSigner();
        await new PadesSigner(signer).SignAsync(Path.Combine(SharedPaths.Corpus, name), output, new PadesSignatureOptions
        {
            Level = level,
            TimestampClient = env.CreateTimestampClient(),
        });

        await PdfAssert.QpdfCleanAsync(output);
        await PdfAssert.PdfsigAllValidAsync(env, output, requireTotal: level == SignatureLevel.BaselineLTA);
        AssertDss(output, minimumCertificates: 5, minimumOcsps: 2);
        int expected = level == SignatureLevel.BaselineLTA ? 2 : 1;
        Assert.Equal(expected, SignedPdfInspector.Read(await File.ReadAllBytesAsync(output)).Count);
    }

    [SkippableFact]
    public async Task Extending_a_BB_signature_to_LTA_adds_DSS_and_timestamp_as_new_revisions()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string signedPath = env.NewOutputPath("bb.pdf");
        string extended = env.NewOutputPath("bb-lta.pdf");
        using var signer = env.CreateSigner(env.Pki.SignerEcdsa);
        await new PadesSigner(signer).SignAsync(Path.Combine(SharedPaths.Corpus, "22-incr-classic-update-on-gs.pdf"), signedPath);
        await new PadesExtender().ExtendAsync(signedPath, extended, new PadesExtensionOptions { Level = SignatureLevel.BaselineLTA, TimestampClient = env.CreateTimestampClient() });

        PdfAssert.IsPrefix(await File.ReadAllBytesAsync(signedPath), await File.ReadAllBytesAsync(extended));
        await PdfAssert.QpdfCleanAsync(extended);
        await PdfAssert.PdfsigAllValidAsync(env, extended);
        AssertDss(extended, minimumCertificates: 3, minimumOcsps: 1);
    }

    [SkippableFact]
    public async Task A_revoked_signer_gets_no_LT_signature()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        using var signer = env.CreateSigner(env.Pki.SignerRevoked);
        using var output = new MemoryStream();
        await using var input = File.OpenRead(Path.Combine(SharedPaths.Corpus, "01-gs-ps2pdf-letter.pdf"));
        var e = await Assert.ThrowsAsync<Bsre.Sdk.Validation.ValidationDataException>(() => new PadesSigner(signer).SignAsync(input, output, new PadesSignatureOptions
        {
            Level = SignatureLevel.BaselineLT,
            TimestampClient = env.CreateTimestampClient(),
        }));
        Assert.Contains("revoked", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
    }

    [SkippableFact]
    public async Task Extending_a_signature_without_its_chain_needs_the_issuers_in_the_options()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string signedPath = env.NewOutputPath("leaf-only.pdf");
        string extended = env.NewOutputPath("leaf-only-lt.pdf");
        using var key = env.CreateSigner(env.Pki.SignerEcdsa);
        using var leafOnly = new ExternalSigner(_ => ValueTask.FromResult(new SignerCertificates(env.Pki.SignerEcdsa.Certificate)), key.SignAsync);
        await new PadesSigner(leafOnly).SignAsync(Path.Combine(SharedPaths.Corpus, "01-gs-ps2pdf-letter.pdf"), signedPath);

        var e = await Assert.ThrowsAsync<Bsre.Sdk.Validation.ValidationDataException>(() => new PadesExtender().ExtendAsync(signedPath, extended, new PadesExtensionOptions()));
        Assert.Contains(env.Pki.SignerEcdsa.Subject, e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(extended));

        var options = new PadesExtensionOptions();
        foreach (var ca in env.Pki.Chain)
        {
            options.ExtraCertificates.Add(ca);
        }

        await new PadesExtender().ExtendAsync(signedPath, extended, options);
        await PdfAssert.PdfsigAllValidAsync(env, extended, requireTotal: false);
        AssertDss(extended, minimumCertificates: 3, minimumOcsps: 1);
    }

    [SkippableFact]
    public async Task Extending_an_unsigned_pdf_is_refused()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        using var output = new MemoryStream();
        await using var input = File.OpenRead(Path.Combine(SharedPaths.Corpus, "01-gs-ps2pdf-letter.pdf"));
        await Assert.ThrowsAsync<DocumentFormatException>(() => new PadesExtender().ExtendAsync(input, output, new PadesExtensionOptions()));
        Assert.Equal(0, output.Length);
    }

    private static void AssertDss(string path, int minimumCertificates, int minimumOcsps)
    {
        using var stream = File.OpenRead(path);
        var file = PdfFile.Open(stream);
        var dss = file.ResolveDictionary(file.Catalog["DSS"]);
        Assert.NotNull(dss);
        Assert.True(((PdfArray)dss["Certs"]!).Items.Count >= minimumCertificates);
        Assert.True(((PdfArray)dss["OCSPs"]!).Items.Count >= minimumOcsps);
        Assert.NotEmpty(((PdfArray)dss["CRLs"]!).Items);
    }
}
