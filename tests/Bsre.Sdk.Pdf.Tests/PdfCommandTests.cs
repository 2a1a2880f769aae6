using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Pdf.Tests;

/// <summary><c>bsre pdf sign|timestamp|extend</c> as a process: outputs verify, errors give the contract's exit codes and no file.</summary>
public sealed class PdfCommandTests
{
    [SkippableFact]
    public async Task Sign_visible_BT_certified_then_timestamp_then_extend()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string image = env.NewOutputPath("logo.png");
        await File.WriteAllBytesAsync(image, TestImages.Png());
        string signedPath = env.NewOutputPath("cli-signed.pdf");
        var (code, output, error) = await SignAsync(env, Corpus("09-libreoffice-report-docx.pdf"), signedPath,
            "--level", "B-T", "--tsa", env.Tsa.Url.AbsoluteUri, "--reason", "Disetujui", "--location", "Jakarta",
            "--visible", "--page", "last", "--rect", "300,60,250,70", "--image", image, "--qr", "https://tte.example.go.id/v/1",
            "--notice", "--certify", "form-filling");
        Assert.True(code == 0, error);
        Assert.Contains("Signed", output, StringComparison.Ordinal);
        await PdfAssert.PdfsigValidAsync(env, signedPath);

        string stamped = env.NewOutputPath("cli-stamped.pdf");
        (code, _, error) = await ProcessRunner.RunBsreAsync(null, "pdf", "timestamp", "--in", signedPath, "--out", stamped, "--tsa", env.Tsa.Url.AbsoluteUri);
        Assert.True(code == 0, error);

        string extended = env.NewOutputPath("cli-extended.pdf");
        (code, _, error) = await ProcessRunner.RunBsreAsync(null, "pdf", "extend", "--in", stamped, "--out", extended, "--to", "B-LTA",
            "--tsa", env.Tsa.Url.AbsoluteUri, "--trust", Path.Combine(env.Directory, "root.pem"));
        Assert.True(code == 0, error);
        await PdfAssert.QpdfCleanAsync(extended);
        await PdfAssert.PdfsigAllValidAsync(env, extended);
    }

    [SkippableFact]
    public async Task Sign_at_anchor_with_LTA_verifies()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string signedPath = env.NewOutputPath("cli-anchor.pdf");
        var (code, _, error) = await SignAsync(env, Corpus("13-chromium-letter-hash-anchor.pdf"), signedPath,
            "--anchor", "#", "--level", "B-LTA", "--tsa", env.Tsa.Url.AbsoluteUri, "--field", "Kepala Desa");
        Assert.True(code == 0, error);
        await PdfAssert.PdfsigAllValidAsync(env, signedPath);
    }

    [SkippableTheory]
    [InlineData(65, "26-qpdf-encrypted-aes256.pdf")]
    [InlineData(66, "does-not-exist.pdf")]
    [InlineData(64, "01-gs-ps2pdf-letter.pdf", "--level", "B-T")]
    [InlineData(64, "01-gs-ps2pdf-letter.pdf", "--visible", "--rect", "1,2,3")]
    [InlineData(64, "01-gs-ps2pdf-letter.pdf", "--visible", "--rect", "500,800,200,70")]
    [InlineData(64, "01-gs-ps2pdf-letter.pdf", "--anchor", "no-such-anchor-text")]
    [InlineData(64, "01-gs-ps2pdf-letter.pdf", "--certify", "everything")]
    [InlineData(64, "01-gs-ps2pdf-letter.pdf", "--rect", "72,72,200,60", "--anchor", "${ttd}")]
    [InlineData(64, "01-gs-ps2pdf-letter.pdf", "--qr", "https://tte.example.go.id/v/1")]
    public async Task Errors_exit_with_the_contract_code_and_leave_no_output(int expected, string name, params string[] extra)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string dir = Directory.CreateDirectory(env.NewOutputPath("cli-errors")).FullName;
        string output = Path.Combine(dir, "out.pdf");
        var (code, _, error) = await SignAsync(env, Corpus(name), output, extra);
        Assert.True(expected == code, $"exit {code}: {error}");
        Assert.StartsWith("bsre: ", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir));
    }

    [SkippableFact]
    public async Task Not_an_image_is_a_data_error()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string image = env.NewOutputPath("not-an-image.png");
        await File.WriteAllTextAsync(image, "this is text");
        string output = env.NewOutputPath("cli-bad-image.pdf");
        var (code, _, error) = await SignAsync(env, Corpus("01-gs-ps2pdf-letter.pdf"), output, "--visible", "--rect", "72,72,200,60", "--image", image);
        Assert.True(code == 65, error);
        Assert.False(File.Exists(output));
    }

    [SkippableFact]
    public async Task Encrypted_pdf_is_signed_and_verified_with_the_pdf_password_options()
    {
        var env = await PdfTestEnvironment.GetAsync();
        const string password = "usersecret";
        string input = await EncryptedFixture.CreateAsync(env, "aes-256", password);
        string signedPath = env.NewOutputPath("cli-encrypted.pdf");
        string passwordFile = env.NewOutputPath("pdf-password.txt");
        await File.WriteAllTextAsync(passwordFile, password + "\n");
        var (code, output, error) = await SignAsync(env, input, signedPath, "--pdf-password-file", passwordFile, "--reason", "Disetujui");
        Assert.True(code == 0, error);
        Assert.DoesNotContain(password, output + error, StringComparison.Ordinal);
        await PdfAssert.PdfsigAllValidAsync(env, signedPath, password: password);

        string root = Path.Combine(env.Directory, "root.pem");
        string extended = env.NewOutputPath("cli-encrypted-lt.pdf");
        (code, _, error) = await ProcessRunner.RunBsreAsync(null, "pdf", "extend", "--in", signedPath, "--out", extended, "--to", "B-LT", "--trust", root, "--pdf-password-file", passwordFile);
        Assert.True(code == 0, error);
        await PdfAssert.QpdfCleanAsync(extended, password);
        signedPath = extended;
        var environment = new Dictionary<string, string> { ["BSRE_TEST_PDF_PASSWORD"] = password };
        (code, output, error) = await ProcessRunner.RunBsreAsync(environment, "pdf", "verify", "--in", signedPath, "--trust", root, "--pdf-password-env", "BSRE_TEST_PDF_PASSWORD");
        Assert.True(code == 0, output + error);
        environment["BSRE_TEST_PDF_PASSWORD"] = "wrong-" + password;
        (code, output, error) = await ProcessRunner.RunBsreAsync(environment, "pdf", "verify", "--in", signedPath, "--trust", root, "--pdf-password-env", "BSRE_TEST_PDF_PASSWORD");
        Assert.True(code == 65, $"exit {code}: {error}");
        Assert.Contains("password is wrong", error, StringComparison.Ordinal);
        Assert.DoesNotContain(password, output + error, StringComparison.Ordinal);
    }

    private static string Corpus(string name) => Path.Combine(SharedPaths.Corpus, name);

    private static Task<ProcessResult> SignAsync(PdfTestEnvironment env, string input, string output, params string[] extra)
    {
        string pfx = Path.Combine(env.Directory, "signer-rsa.p12");
        var environment = new Dictionary<string, string> { ["BSRE_TEST_PFX_PASSWORD"] = env.Pki.SignerRsa.Password };
        return ProcessRunner.RunBsreAsync(environment, ["pdf", "sign", "--in", input, "--out", output, "--pfx", pfx, "--password-env", "BSRE_TEST_PFX_PASSWORD", .. extra]);
    }
}
