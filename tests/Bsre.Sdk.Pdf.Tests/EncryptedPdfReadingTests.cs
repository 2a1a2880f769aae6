using System.Globalization;
using System.Text;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Testing;

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

    /// <summary>AES-256 passwords: SASLprep'd (a decomposed accent still opens a file made with the composed one), and as typed (qpdf 11 does not SASLprep).</summary>
    [SkippableTheory]
    [InlineData("caf\u00E9", "cafe\u0301")]
    [InlineData("a\u00A0b", "a\u00A0b")]
    public async Task Non_ASCII_AES_256_passwords_open_prepared_or_as_typed(string encryptedWith, string typed)
    {
        var env = await PdfTestEnvironment.GetAsync();
        string path = await EncryptedFixture.CreateAsync(env, "aes-256", Unescape(encryptedWith));

        await using var stream = File.OpenRead(path);
        Assert.NotEmpty(PdfFile.Open(stream, Unescape(typed)).GetPages());
    }

    [SkippableFact]
    public async Task Permissions_edited_without_the_owner_password_are_refused_by_Perms()
    {
        var env = await PdfTestEnvironment.GetAsync();
        string path = await EncryptedFixture.CreateAsync(env, "aes-256", string.Empty, "--modify=none", "--form=n");
        byte[] bytes = await File.ReadAllBytesAsync(path);
        string text = Encoding.Latin1.GetString(bytes);
        int at = text.IndexOf("/P -", StringComparison.Ordinal);
        Assert.True(at > 0, "qpdf wrote no /P");
        int end = at + 3;
        while (char.IsAsciiDigit(text[end + 1]))
        {
            end++;
        }

        // Grant every permission (/P -4), padded with spaces so that no offset moves.
        string granted = "/P -4".PadRight(end + 1 - at);
        byte[] tampered = Encoding.Latin1.GetBytes(text[..at] + granted + text[(end + 1)..]);

        using var stream = new MemoryStream(tampered);
        var e = Assert.Throws<DocumentFormatException>(() => PdfFile.Open(stream));
        Assert.Contains("/Perms", e.Message, StringComparison.Ordinal);
        using var original = new MemoryStream(bytes);
        Assert.NotNull(PdfFile.Open(original).Security);
    }

    [Theory]
    [InlineData("/Filter /Standard /V 5 /R 4 /P -4")]
    [InlineData("/Filter /Standard /V 4 /R 6 /P -4")]
    [InlineData("/Filter /Standard /V 7 /R 8 /P -4")]
    [InlineData("/Filter /Standard /V 2 /R 3 /Length 4096 /P -4")]
    [InlineData("/Filter /Standard /V 2 /R 3 /Length 128 /P /Foo")]
    [InlineData("/Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <00> /U <00>")]
    [InlineData("/Filter /Standard /V 5 /R 6 /P -4 /O <00> /U <00> /OE [] /UE <00>")]
    [InlineData("/Filter /Standard /V 4 /R 4 /Length 40 /P -4 /StmF /StdCF /StrF /StdCF /CF <</StdCF <</CFM /AESV2>>>>")]
    [InlineData("/Filter /Standard /V 4 /R 4 /P -4 /StmF /Missing")]
    [InlineData("/Filter /Adobe.PubSec /V 4 /R 4")]
    public void Malformed_or_unsupported_encryption_dictionary_is_a_DocumentFormatException(string entries)
    {
        string o = new('A', 64), u = new('B', 64);
        string dictionary = entries.Contains("/O ", StringComparison.Ordinal) ? entries : $"{entries} /O <{o}> /U <{u}>";
        using var stream = new MemoryStream(WithEncrypt($"<<{dictionary}>>"));
        Assert.Throws<DocumentFormatException>(() => PdfFile.Open(stream));
    }

    [Fact]
    public void Well_formed_dictionary_that_the_empty_password_does_not_open_asks_for_the_password()
    {
        using var stream = new MemoryStream(WithEncrypt($"<</Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <{new string('A', 64)}> /U <{new string('B', 64)}>>>"));
        Assert.Throws<PdfPasswordException>(() => PdfFile.Open(stream));
    }

    [Fact]
    public void Encrypt_that_is_not_a_dictionary_is_a_DocumentFormatException()
    {
        using var stream = new MemoryStream(WithEncrypt("42"));
        Assert.Throws<DocumentFormatException>(() => PdfFile.Open(stream));
    }

    private static string Unescape(string text) => System.Text.RegularExpressions.Regex.Unescape(text);

    /// <summary>The sample PDF plus an update whose trailer points /Encrypt at object 6 holding <paramref name="encrypt"/>.</summary>
    private static byte[] WithEncrypt(string encrypt)
    {
        byte[] plain = SamplePdf.Create();
        string text = Encoding.Latin1.GetString(plain);
        string previous = text[(text.LastIndexOf("startxref", StringComparison.Ordinal) + 9)..].Trim().Split('\n')[0];
        string objectText = $"6 0 obj\n{encrypt}\nendobj\n";
        string update = string.Create(CultureInfo.InvariantCulture, $"{objectText}xref\n6 1\n{plain.Length:D10} 00000 n \ntrailer\n<< /Size 7 /Root 1 0 R /Prev {previous} /Encrypt 6 0 R /ID [<0102> <0102>] >>\nstartxref\n{plain.Length + objectText.Length}\n%%EOF\n");
        return [.. plain, .. Encoding.Latin1.GetBytes(update)];
    }
}
