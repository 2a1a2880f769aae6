using System.Text;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Tests.Infrastructure;

namespace Bsre.Sdk.Pdf.Tests;

/// <summary>The raw layer reads every standard-security-handler variant qpdf writes, with the user or the owner password.</summary>
public sealed class EncryptedPdfReadingTests
{
    [SkippableTheory]
    [InlineData("rc4-40")]
    [InlineData("rc4-128")]
    [InlineData("rc4-128-v4")]
    [InlineData("aes-128")]
    [InlineData("aes-128-cleartext-metadata")]
    [InlineData("aes-256-r5")]
    [InlineData("aes-256")]
    [InlineData("aes-256-objstm")]
    public async Task Reads_the_page_content_with_the_user_and_the_owner_password(string cipher)
    {
        var env = await PdfTestEnvironment.GetAsync();
        string path = await EncryptedFixture.CreateAsync(env, cipher, "usersecret");

        foreach (var (password, owner) in new[] { ("usersecret", false), (EncryptedFixture.OwnerPassword, true) })
        {
            await using var stream = File.OpenRead(path);
            PdfFile file = PdfFile.Open(stream, password);
            Assert.Equal(owner, file.Security!.IsOwner);
            var page = file.ResolveDictionary(file.GetPages()[0])!;
            var content = (PdfStream)file.Resolve(page["Contents"])!;
            Assert.Contains("(Nota Dinas - ditandatangani oleh #) Tj", Encoding.Latin1.GetString(file.DecodeStream(content)), StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task Empty_user_password_opens_owner_restricted_files_without_one()
    {
        var env = await PdfTestEnvironment.GetAsync();
        string path = await EncryptedFixture.CreateAsync(env, "aes-256", string.Empty, "--modify=none");
        await using var stream = File.OpenRead(path);
        PdfFile file = PdfFile.Open(stream);
        Assert.False(file.Security!.IsOwner);
        Assert.NotEmpty(file.GetPages());
    }

    [SkippableTheory]
    [InlineData("rc4-40")]
    [InlineData("aes-128")]
    [InlineData("aes-256")]
    public async Task Wrong_password_is_a_PdfPasswordException(string cipher)
    {
        var env = await PdfTestEnvironment.GetAsync();
        string path = await EncryptedFixture.CreateAsync(env, cipher, "usersecret");
        await using var stream = File.OpenRead(path);
        var e = Assert.Throws<PdfPasswordException>(() => PdfFile.Open(stream, "usersecreT"));
        Assert.Contains("the PDF's password is wrong", e.Message, StringComparison.Ordinal);
    }
}
