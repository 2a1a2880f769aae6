using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Tests.Infrastructure;

namespace Bsre.Sdk.Pdf.Tests;

/// <summary>Bad input gives a typed error and no output; structural choices of the writer.</summary>
public sealed class PadesSignerInputTests
{
    [SkippableFact]
    public async Task Encrypted_pdf_with_a_user_password_needs_it()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string output = env.NewOutputPath("enc.pdf");
        using var signer = env.CreateSigner();
        var e = await Assert.ThrowsAsync<PdfPasswordException>(() =>
            new PadesSigner(signer).SignAsync(Path.Combine(SharedPaths.Corpus, "26-qpdf-encrypted-aes256.pdf"), output));
        Assert.Contains("encrypted with a user password", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(output));

        await new PadesSigner(signer).SignAsync(Path.Combine(SharedPaths.Corpus, "26-qpdf-encrypted-aes256.pdf"), output, new PadesSignatureOptions { PdfPassword = "test".AsMemory() });
        await PdfAssert.QpdfCleanAsync(output, "test");
        await PdfAssert.PdfsigAllValidAsync(env, output, password: "test");
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello, this is not a PDF")]
    [InlineData("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")]
    [InlineData("%PDF-1.7\n1 0 obj\n<<>>\nendobj\nstartxref\n9999\n%%EOF")]
    [InlineData("%PDF-1.7\nxref\n0 1\n0000000000 65535 f\r\ntrailer\n<</Size 1>>\nstartxref\n9\n%%EOF")]
    [InlineData("%PDF-1.7\nxref\n0 2\n0000000000 65535 f\r\ntrailer\n<</Size 1/Root 1 0 R/Prev 9>>\nstartxref\n9\n%%EOF")]
    public async Task Malformed_input_gives_DocumentFormatException(string text)
    {
        var env = await PdfTestEnvironment.GetAsync();
        using var signer = env.CreateSigner();
        using var output = new MemoryStream();
        await Assert.ThrowsAsync<DocumentFormatException>(() =>
            new PadesSigner(signer).SignAsync(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(text)), output));
        Assert.Equal(0, output.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello, this is not a PDF")]
    [InlineData("PK\u0003\u0004 a .docx is a zip file\nstartxref\n0\n%%EOF")]
    public async Task Signing_and_validation_say_not_a_PDF_in_the_same_words(string text)
    {
        var env = await PdfTestEnvironment.GetAsync();
        using var signer = env.CreateSigner();
        byte[] bytes = System.Text.Encoding.ASCII.GetBytes(text);

        var signing = await Assert.ThrowsAsync<DocumentFormatException>(() => new PadesSigner(signer).SignAsync(new MemoryStream(bytes), new MemoryStream()));
        var validation = await Assert.ThrowsAsync<DocumentFormatException>(() => new Bsre.Sdk.Pdf.Validation.PadesValidator(new Bsre.Sdk.Validation.SignatureValidationOptions()).ValidateAsync(new MemoryStream(bytes)));

        Assert.Equal("The file is not a PDF: no %PDF- header in its first 1024 bytes.", signing.Message);
        Assert.Equal(signing.Message, validation.Message);
    }

    [SkippableFact]
    public async Task Truncated_pdf_gives_DocumentFormatException_and_no_file()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        byte[] bytes = await File.ReadAllBytesAsync(Path.Combine(SharedPaths.Corpus, "09-libreoffice-report-docx.pdf"));
        string input = env.NewOutputPath("truncated.pdf");
        string output = Path.Combine(Directory.CreateDirectory(env.NewOutputPath("truncated")).FullName, "signed.pdf");
        await File.WriteAllBytesAsync(input, bytes[..^200]);
        using var signer = env.CreateSigner();
        await Assert.ThrowsAsync<DocumentFormatException>(() => new PadesSigner(signer).SignAsync(input, output));
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(output)!, "*.tmp"));
    }

    [SkippableTheory]
    [InlineData("01-gs-ps2pdf-letter.pdf", false)]
    [InlineData("04-pdflatex-letter.pdf", true)]
    [InlineData("21-handmade-hybrid-xref.pdf", false)]
    [InlineData("23-incr-xrefstream-update-on-pdflatex.pdf", true)]
    public async Task New_xref_section_is_of_the_same_kind_and_keeps_the_first_ID(string name, bool stream)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        await using var input = File.OpenRead(Path.Combine(SharedPaths.Corpus, name));
        using var output = new MemoryStream();
        using var signer = env.CreateSigner();
        await new PadesSigner(signer).SignAsync(input, output);

        var before = PdfFile.Open(input);
        var after = PdfFile.Open(output);
        Assert.Equal(stream, after.Xref.NewestIsStream);
        Assert.Equal(before.Xref.StartXref, ((PdfNumber)after.Trailer["Prev"]!).LongValue);
        var oldId = (before.Trailer["ID"] as PdfArray)?.Items[0] as PdfString;
        var newId = (PdfString)((PdfArray)after.Trailer["ID"]!).Items[0];
        Assert.True(oldId is null || oldId.Value.AsSpan().SequenceEqual(newId.Value));
        Assert.True(after.Xref.SectionCount > before.Xref.SectionCount);
    }

    [SkippableFact]
    public async Task Forward_only_input_signs_and_a_too_small_placeholder_is_a_typed_error_that_writes_nothing()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        byte[] original = await File.ReadAllBytesAsync(Path.Combine(SharedPaths.Corpus, "08-libreoffice-letter-odt-tagged.pdf"));
        using var signer = env.CreateSigner();
        using var untouched = new MemoryStream();
        var tooSmall = await Assert.ThrowsAsync<DocumentLimitException>(() => new PadesSigner(signer)
            .SignAsync(new ForwardOnlyStream(original), untouched, new PadesSignatureOptions { ContentsSize = 200 }));
        Assert.Equal("PadesSignatureOptions.ContentsSize", tooSmall.Limit);
        Assert.Equal(200, tooSmall.Value);
        Assert.Equal(0, untouched.Length);

        string output = env.NewOutputPath("forward-only.pdf");
        await using (var file = File.Create(output))
        {
            await new PadesSigner(signer).SignAsync(new ForwardOnlyStream(original), file);
        }

        byte[] signedBytes = await File.ReadAllBytesAsync(output);
        PdfAssert.IsPrefix(original, signedBytes);
        var signature = Assert.Single(SignedPdfInspector.Read(signedBytes));
        Assert.Equal("ETSI.CAdES.detached", signature.SubFilter);
        Assert.Equal(signedBytes.Length, signature.ByteRange[2] + signature.ByteRange[3]);
        await PdfAssert.PdfsigValidAsync(env, output);
    }

    [SkippableFact]
    public async Task The_input_file_is_never_the_output_by_its_path_or_through_a_link()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string folder = Directory.CreateDirectory(env.NewOutputPath("in-place")).FullName;
        string input = Path.Combine(folder, "letter.pdf");
        File.Copy(Path.Combine(SharedPaths.Corpus, "04-pdflatex-letter.pdf"), input);
        byte[] original = await File.ReadAllBytesAsync(input);
        string link = Path.Combine(folder, "link.pdf");
        File.CreateSymbolicLink(link, input);
        using var signer = env.CreateSigner();

        foreach (string output in new[] { input, Path.Combine(folder, ".", "letter.pdf"), link })
        {
            var e = await Assert.ThrowsAsync<ArgumentException>(() => new PadesSigner(signer).SignAsync(input, output));
            Assert.Equal("outputPath", e.ParamName);
        }

        var batch = await Assert.ThrowsAsync<ArgumentException>(() => new PadesBatchSigner(signer).SignDirectoryAsync(folder, folder));
        Assert.Contains("is one of the inputs", batch.Message, StringComparison.Ordinal);
        var shared = await Assert.ThrowsAsync<ArgumentException>(() => new PadesBatchSigner(signer).SignAsync(
            [new PadesBatchDocument(input, Path.Combine(folder, "a.pdf")), new PadesBatchDocument(link, Path.Combine(folder, "a.pdf"))]));
        Assert.Contains("the same output", shared.Message, StringComparison.Ordinal);

        Assert.Equal(original, await File.ReadAllBytesAsync(input));
        Assert.Equal(["letter.pdf", "link.pdf"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
