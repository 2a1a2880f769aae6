using System.Text.Json;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary><c>bsre pdf verify</c> as a process: exit codes and the JSON report of the CLI contract.</summary>
public sealed class PdfVerifyCommandTests
{
    [SkippableFact]
    public async Task Verify_prints_the_contract_json_and_exits_0_for_a_valid_LTA_file()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string signed = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("01-gs-ps2pdf-letter.pdf"), SignatureLevel.BaselineLTA, name: "cli-verify");
        var (code, output, error) = await ProcessRunner.RunBsreAsync(null, "pdf", "verify", "--in", signed, "--trust", Path.Combine(env.Directory, "root.pem"), "--offline", "--json");
        Assert.True(code == 0, output + error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("TOTAL_PASSED", json.RootElement.GetProperty("indication").GetString());
        var signatures = json.RootElement.GetProperty("signatures");
        Assert.Equal("signature", signatures[0].GetProperty("kind").GetString());
        Assert.Equal("PAdES-BASELINE-LTA", signatures[0].GetProperty("level").GetString());
        Assert.False(signatures[0].GetProperty("coversWholeDocument").GetBoolean());
        Assert.Equal("lta-updates", signatures[0].GetProperty("modifications").GetString());
        Assert.Equal("document-timestamp", signatures[signatures.GetArrayLength() - 1].GetProperty("kind").GetString());
    }

    [SkippableFact]
    public async Task Verify_exit_codes_for_failed_unsigned_and_garbage_input()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string root = Path.Combine(env.Directory, "root.pem");
        string signed = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("01-gs-ps2pdf-letter.pdf"), SignatureLevel.BaselineB, name: "cli-attacked");
        string attacked = env.NewOutputPath("cli-attacked.pdf");
        await File.WriteAllBytesAsync(attacked, AttackGenerator.Approval["isa-page-content"](await File.ReadAllBytesAsync(signed)));
        string garbage = env.NewOutputPath("garbage.pdf");
        await File.WriteAllTextAsync(garbage, "not a pdf");

        Assert.Equal(1, (await ProcessRunner.RunBsreAsync(null, "pdf", "verify", "--in", attacked, "--trust", root)).ExitCode);
        Assert.Equal(3, (await ProcessRunner.RunBsreAsync(null, "pdf", "verify", "--in", ValidationFixture.Corpus("20-handmade-acroform-empty-sigfield.pdf"), "--trust", root)).ExitCode);
        Assert.Equal(65, (await ProcessRunner.RunBsreAsync(null, "pdf", "verify", "--in", garbage, "--trust", root)).ExitCode);
        Assert.Equal(66, (await ProcessRunner.RunBsreAsync(null, "pdf", "verify", "--in", garbage + ".missing", "--trust", root)).ExitCode);
        Assert.Equal(64, (await ProcessRunner.RunBsreAsync(null, "pdf", "verify", "--in", garbage)).ExitCode);
    }
}
