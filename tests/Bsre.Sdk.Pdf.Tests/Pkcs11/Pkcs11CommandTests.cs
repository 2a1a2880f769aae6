using System.Security.Cryptography;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Pdf.Tests.Pkcs11;

/// <summary>
/// <c>bsre pdf sign</c> and <c>bsre cms sign</c> with <c>--pkcs11-module/--pkcs11-token/--pkcs11-key/--pin-env|--pin-file</c>
/// on SoftHSM2, as a process: the outputs verify in pdfsig and openssl; a wrong PIN exits 77 without the PIN in any output;
/// a missing module, token or key exits 66; no output file is left behind on failure.
/// </summary>
public sealed class Pkcs11CommandTests
{
    private const string PinVariable = "BSRE_TEST_TOKEN_PIN";

    [SkippableFact]
    public async Task Pdf_sign_with_a_token_key_verifies_in_pdfsig()
    {
        var env = await SoftHsmEnvironment.GetOrSkipAsync();
        string output = env.Pdf.NewOutputPath("cli-pkcs11.pdf");
        var (code, stdout, error) = await BsreAsync(env, SoftHsmEnvironment.Pin,
            ["pdf", "sign", "--in", Path.Combine(SharedPaths.Corpus, "12-pdftocairo-letter.pdf"), "--out", output, .. Token("bsre-rsa")]);
        Assert.True(code == 0, error);
        Assert.Contains(env.Pdf.Pki.SignerRsa.Subject, stdout, StringComparison.Ordinal);
        await PdfAssert.PdfsigValidAsync(env.Pdf, output);
    }

    [SkippableFact]
    public async Task Cms_sign_with_a_named_key_and_a_PIN_file_verifies_in_openssl()
    {
        var env = await SoftHsmEnvironment.GetOrSkipAsync();
        string work = Directory.CreateDirectory(env.Pdf.NewOutputPath("cli-pkcs11-cms")).FullName;
        string content = Path.Combine(work, "data.bin");
        await File.WriteAllBytesAsync(content, RandomNumberGenerator.GetBytes(1000));
        string pinFile = Path.Combine(work, "pin.txt");
        await File.WriteAllTextAsync(pinFile, SoftHsmEnvironment.Pin + "\n");
        string signature = Path.Combine(work, "data.p7s");
        var (code, _, error) = await ProcessRunner.RunBsreAsync(env.Hsm.Environment,
            "cms", "sign", "--in", content, "--out", signature, "--hash", "SHA384",
            "--pkcs11-module", SoftHsm.ModulePath!, "--pkcs11-token", "bsre-ecdsa", "--pkcs11-key", "signer-ecdsa-p384", "--pin-file", pinFile);
        Assert.True(code == 0, error);
        ProcessResult openssl = await ProcessRunner.RunAsync("openssl",
        [
            "cms", "-verify", "-binary", "-inform", "DER", "-in", signature, "-content", content,
            "-CAfile", Path.Combine(env.Pdf.Directory, "root.pem"), "-no-CApath", "-no-CAstore", "-purpose", "any", "-out", "/dev/null",
        ]);
        Assert.True(openssl.Succeeded, openssl.Output);
    }

    [SkippableFact]
    public async Task A_wrong_PIN_exits_77_and_never_shows_the_PIN()
    {
        var env = await SoftHsmEnvironment.GetOrSkipAsync();
        const string wrong = "97531864";
        string dir = Directory.CreateDirectory(env.Pdf.NewOutputPath("cli-pkcs11-wrong-pin")).FullName;
        ProcessResult result = await BsreAsync(env, wrong,
            ["pdf", "sign", "--in", Path.Combine(SharedPaths.Corpus, "01-gs-ps2pdf-letter.pdf"), "--out", Path.Combine(dir, "out.pdf"), "--verbose", .. Token("bsre-wrong-pin")]);
        Assert.True(result.ExitCode == 77, result.ToString());
        Assert.Contains("refused the PIN", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, result.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir));
    }

    [SkippableTheory]
    [InlineData(66, "--pkcs11-module", "/nonexistent/libvendor-pkcs11.so", "--pkcs11-token", "bsre-rsa")]
    [InlineData(66, "--pkcs11-token", "no-such-token")]
    [InlineData(66, "--pkcs11-token", "bsre-rsa", "--pkcs11-key", "no-such-key")]
    [InlineData(64, "--pkcs11-token", "bsre-ecdsa")]
    [InlineData(64, "--pkcs11-token", "bsre-rsa", "--pfx", "signer-rsa.p12")]
    public async Task Missing_or_ambiguous_keys_exit_with_the_contract_code(int expected, params string[] options)
    {
        var env = await SoftHsmEnvironment.GetOrSkipAsync();
        string dir = Directory.CreateDirectory(env.Pdf.NewOutputPath("cli-pkcs11-errors")).FullName;
        string[] module = options[0] == "--pkcs11-module" ? [] : ["--pkcs11-module", SoftHsm.ModulePath!];
        ProcessResult result = await BsreAsync(env, SoftHsmEnvironment.Pin,
        [
            "cms", "sign", "--in", Path.Combine(SharedPaths.Corpus, "01-gs-ps2pdf-letter.pdf"), "--out", Path.Combine(dir, "out.p7s"),
            "--pin-env", PinVariable, .. module, .. options,
        ]);
        Assert.True(result.ExitCode == expected, result.ToString());
        Assert.StartsWith("bsre: ", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir));
    }

    private static string[] Token(string label) => ["--pkcs11-module", SoftHsm.ModulePath!, "--pkcs11-token", label, "--pin-env", PinVariable];

    private static Task<ProcessResult> BsreAsync(SoftHsmEnvironment env, string pin, string[] arguments)
    {
        var environment = new Dictionary<string, string>(env.Hsm.Environment) { [PinVariable] = pin };
        return ProcessRunner.RunBsreAsync(environment, arguments);
    }
}
