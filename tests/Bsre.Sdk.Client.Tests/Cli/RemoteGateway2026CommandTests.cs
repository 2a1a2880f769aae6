using Bsre.Sdk.Client.Tests.Client;
using Bsre.Sdk.Client.Tests.Emulator;
using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;
using static Bsre.Sdk.Client.Tests.Emulator.EmulatorFixture;

namespace Bsre.Sdk.Client.Tests.Cli;

/// <summary><c>bsre remote sign</c> checks before and after the gateway, and <c>bsre remote seal</c>, against the 2026 emulator.</summary>
[Collection(EmulatorGroup.Name)]
public sealed class RemoteGateway2026CommandTests(EmulatorFixture fixture) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bsre-remote26-").FullName;

    [Theory]
    [InlineData(false, "pre-flight")]
    [InlineData(true, "Rebuild failed")]
    public async Task A_malformed_pdf_exits_65_naming_the_problem_and_leaves_no_file(bool skipPreflight, string expected)
    {
        string input = Path.Combine(_directory, "broken.pdf");
        string output = Path.Combine(_directory, "out.pdf");
        await File.WriteAllBytesAsync(input, PreflightTests.Pdf("truncated"));

        var args = Sign(input, output).ToList();
        if (skipPreflight)
        {
            args.Add("--no-preflight");
        }

        ProcessResult run = await Run([.. args]);

        Assert.Equal(65, run.ExitCode);
        Assert.Contains(expected, run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task A_multi_character_anchor_is_refused_before_sending()
    {
        string input = Path.Combine(_directory, "in.pdf");
        await File.WriteAllBytesAsync(input, SamplePdf.Create("Disetujui ${ttd}"));

        ProcessResult run = await Run([.. Sign(input, Path.Combine(_directory, "out.pdf")), "--api", "v2", "--visible", "--anchor", "${ttd}"]);

        Assert.Equal(65, run.ExitCode);
        Assert.Contains("exactly one character", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seal_activate_then_seal_with_local_validation_then_revoke()
    {
        string activation = Path.Combine(_directory, "seal-activation.json");
        string input = Path.Combine(_directory, "in.pdf");
        string output = Path.Combine(_directory, "sealed.pdf");
        await File.WriteAllBytesAsync(input, SamplePdf.Create());
        await File.WriteAllTextAsync(Path.Combine(_directory, "root.pem"), fixture.Emulator.Pki.Root.Certificate.ExportCertificatePem());

        ProcessResult request = await Run(["remote", "seal", "request-activation", "--subscriber", Subscriber]);
        var environment = new Dictionary<string, string> { ["SEAL_CODE"] = fixture.Emulator.Mailbox.LatestCode("sekretariat@example.go.id")! };
        ProcessResult activate = await Run(["remote", "seal", "activate", "--subscriber", Subscriber, "--code-env", "SEAL_CODE", "--activation-file", activation], environment);
        ProcessResult seal = await Run(["remote", "seal", "pdf", "--subscriber", Subscriber, "--activation-file", activation, "--in", input, "--out", output, "--trust", Path.Combine(_directory, "root.pem")]);
        ProcessResult revoke = await Run(["remote", "seal", "revoke", "--subscriber", Subscriber, "--activation-file", activation]);

        Assert.True(request.Succeeded, request.Output);
        Assert.True(activate.Succeeded, activate.Output);
        Assert.True(seal.Succeeded, seal.Output);
        Assert.Contains("checked locally", seal.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("TOTAL_PASSED", seal.StandardOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(output));
        Assert.True(revoke.Succeeded, revoke.Output);
        Assert.False(File.Exists(activation));
        Assert.DoesNotContain(environment["SEAL_CODE"], activate.Output + seal.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string[] Sign(string input, string output) => ["remote", "sign", "--in", input, "--out", output, "--nik", Budi, "--passphrase-env", "BSRE_PASSPHRASE"];

    private Task<ProcessResult> Run(string[] args, Dictionary<string, string>? environment = null)
    {
        environment ??= [];
        environment["BSRE_API_PASSWORD"] = fixture.Options.Password;
        environment["BSRE_PASSPHRASE"] = Passphrase;
        string[] gateway = ["--base-url", fixture.Emulator.BaseUrl.ToString(), "--user", fixture.Options.Username, "--password-env", "BSRE_API_PASSWORD", "--allow-insecure-http"];
        return ProcessRunner.RunBsreAsync(environment, [.. args, .. gateway]);
    }
}
