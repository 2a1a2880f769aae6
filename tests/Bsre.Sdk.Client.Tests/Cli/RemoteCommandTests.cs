using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;
using Bsre.Sdk.Client.Tests.Emulator;
using Bsre.Sdk.Client.Tests.Fakes;
using static Bsre.Sdk.Client.Tests.Emulator.EmulatorFixture;

namespace Bsre.Sdk.Client.Tests.Cli;

/// <summary><c>bsre remote ...</c> against the emulator: output, exit codes, no secret echoed, no partial output file.</summary>
[Collection(EmulatorGroup.Name)]
public sealed class RemoteCommandTests(EmulatorFixture fixture) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bsre-remote-").FullName;

    [Fact]
    public async Task Status_prints_the_status_word()
    {
        var (code, output, _) = await Run(null, "remote", "status", "--nik", Budi, "--api", "v2");

        Assert.Equal(0, code);
        Assert.Equal("ISSUE", output.Trim());
    }

    [Theory]
    [InlineData("wrong-api-password", Passphrase, 77)]
    [InlineData(null, "salah", 77)]
    public async Task Refusals_exit_77_leave_no_file_and_echo_no_secret(string? apiPassword, string passphrase, int expected)
    {
        string input = Path.Combine(_directory, "in.pdf");
        string output = Path.Combine(_directory, "out.pdf");
        await File.WriteAllBytesAsync(input, SamplePdf.Create());
        var environment = new Dictionary<string, string> { ["BSRE_API_PASSWORD"] = apiPassword ?? fixture.Options.Password, ["BSRE_PASSPHRASE"] = passphrase };

        var (code, stdout, stderr) = await Run(environment, "remote", "sign", "--in", input, "--out", output, "--nik", Budi, "--passphrase-env", "BSRE_PASSPHRASE");

        Assert.Equal(expected, code);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(_directory, "*.tmp"));
        Assert.DoesNotContain(passphrase, stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Budi, stdout + stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task Sign_writes_the_signed_pdf_and_verify_passes(string api)
    {
        string input = Path.Combine(_directory, "in.pdf");
        string output = Path.Combine(_directory, $"out-{api}.pdf");
        await File.WriteAllBytesAsync(input, SamplePdf.Create());
        var environment = new Dictionary<string, string> { ["BSRE_PASSPHRASE"] = Passphrase };

        var (code, stdout, stderr) = await Run(environment, "remote", "sign", "--in", input, "--out", output, "--nik", Budi, "--passphrase-env", "BSRE_PASSPHRASE",
            "--api", api, "--visible", "--page", "1", "--rect", "72,600,180,60", "--reason", "Setuju");
        var (verifyCode, report, _) = await Run(null, "remote", "verify", "--in", output, "--api", api);

        Assert.True(code == 0, stderr);
        Assert.DoesNotContain(Budi, stdout + stderr, StringComparison.Ordinal);
        Assert.Equal(0, verifyCode);
        Assert.Contains("VALID", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_http_without_consent_is_a_usage_error()
    {
        var (code, _, stderr) = await ProcessRunner.RunBsreAsync(
            new Dictionary<string, string> { ["BSRE_API_PASSWORD"] = fixture.Options.Password },
            "remote", "status", "--nik", Budi, "--base-url", fixture.Emulator.BaseUrl.ToString(), "--user", "esign", "--password-env", "BSRE_API_PASSWORD");

        Assert.Equal(64, code);
        Assert.Contains("--allow-insecure-http", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_gateway_exits_69()
    {
        var (code, _, _) = await ProcessRunner.RunBsreAsync(
            new Dictionary<string, string> { ["BSRE_API_PASSWORD"] = "x" },
            "remote", "status", "--nik", Budi, "--base-url", "http://127.0.0.1:9/", "--user", "esign", "--password-env", "BSRE_API_PASSWORD", "--allow-insecure-http");

        Assert.Equal(69, code);
    }

    [Fact]
    public async Task Verify_of_an_unsigned_pdf_exits_3_and_prints_json_with_proper_names()
    {
        string input = Path.Combine(_directory, "unsigned.pdf");
        await File.WriteAllBytesAsync(input, SamplePdf.Create());

        var (code, output, _) = await Run(null, "remote", "verify", "--in", input, "--json");

        Assert.Equal(3, code);
        Assert.Contains("\"signatureCount\": 0", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Task<ProcessResult> Run(Dictionary<string, string>? environment, params string[] args)
    {
        environment ??= [];
        environment.TryAdd("BSRE_API_PASSWORD", fixture.Options.Password);
        string[] gateway = ["--base-url", fixture.Emulator.BaseUrl.ToString(), "--user", fixture.Options.Username, "--password-env", "BSRE_API_PASSWORD", "--allow-insecure-http"];
        return ProcessRunner.RunBsreAsync(environment, [.. args, .. gateway]);
    }
}
