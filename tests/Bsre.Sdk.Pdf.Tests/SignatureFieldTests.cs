using Bsre.Sdk.Pdf.Tests.Infrastructure;

namespace Bsre.Sdk.Pdf.Tests;

/// <summary>Choosing, filling and creating signature fields.</summary>
public sealed class SignatureFieldTests
{
    [SkippableTheory]
    [InlineData("20-handmade-acroform-empty-sigfield.pdf")]
    [InlineData("24-incr-sigfield-added-to-libreoffice.pdf")]
    public async Task Existing_empty_field_is_filled_without_a_new_field(string name)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        byte[] signedBytes = await SignAsync(Path.Combine(SharedPaths.Corpus, name), new PadesSignatureOptions());
        var signature = Assert.Single(SignedPdfInspector.Read(signedBytes));
        Assert.Equal("Signature1", signature.FieldName);
    }

    [SkippableFact]
    public async Task Named_field_is_created_and_then_refused_once_signed()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string input = Path.Combine(SharedPaths.Corpus, "01-gs-ps2pdf-letter.pdf");
        string once = env.NewOutputPath("named.pdf");
        using var signer = env.CreateSigner();
        var pades = new PadesSigner(signer);
        await pades.SignAsync(input, once, new PadesSignatureOptions { FieldName = "Kepala Desa" });
        Assert.Equal("Kepala Desa", Assert.Single(SignedPdfInspector.Read(await File.ReadAllBytesAsync(once))).FieldName);

        string again = env.NewOutputPath("again.pdf");
        var e = await Assert.ThrowsAsync<ArgumentException>(() => pades.SignAsync(once, again, new PadesSignatureOptions { FieldName = "Kepala Desa" }));
        Assert.Contains("already signed", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(again));

        string third = env.NewOutputPath("third.pdf");
        await pades.SignAsync(once, third);
        Assert.Equal(["Kepala Desa", "Signature1"], SignedPdfInspector.Read(await File.ReadAllBytesAsync(third)).Select(s => s.FieldName).Order(StringComparer.Ordinal));
    }

    private static async Task<byte[]> SignAsync(string input, PadesSignatureOptions options)
    {
        var env = await PdfTestEnvironment.GetAsync();
        using var signer = env.CreateSigner();
        using var output = new MemoryStream();
        await using var stream = File.OpenRead(input);
        await new PadesSigner(signer).SignAsync(stream, output, options);
        return output.ToArray();
    }
}
