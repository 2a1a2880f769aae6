using System.Text.Json;

namespace Bsre.Sdk.Tests.Cli;

public sealed class CmsCommandTests : IClassFixture<CliFixture>
{
    private readonly CliFixture _fixture;

    public CmsCommandTests(CliFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("signer-rsa", false)]
    [InlineData("signer-ecdsa", true)]
    [InlineData("signer-ed25519", false)]
    public async Task Sign_then_verify_passes(string signer, bool attached)
    {
        string output = _fixture.NewPath("sig.p7s");
        var args = SignArgs(signer, output).ToList();
        if (attached)
        {
            args.Add("--attached");
        }

        var sign = await CliFixture.RunAsync([.. args]);
        Assert.Equal(0, sign.ExitCode);

        var verify = await CliFixture.RunAsync([.. VerifyArgs(output, attached ? null : _fixture.Sample), "--json"]);
        Assert.Equal(0, verify.ExitCode);
        using var json = JsonDocument.Parse(verify.Output);
        Assert.Equal("TOTAL_PASSED", json.RootElement.GetProperty("indication").GetString());
        Assert.Equal("CAdES-BASELINE-B", json.RootElement.GetProperty("signatures")[0].GetProperty("level").GetString());
    }

    [Fact]
    public async Task Revoked_signer_without_timestamp_is_indeterminate_revoked_no_poe()
    {
        string signature = _fixture.NewPath("sig.p7s");
        Assert.Equal(0, (await CliFixture.RunAsync(SignArgs("signer-revoked", signature))).ExitCode);

        var verify = await CliFixture.RunAsync([.. VerifyArgs(signature, _fixture.Sample), "--json"]);

        Assert.Equal(2, verify.ExitCode);
        using var json = JsonDocument.Parse(verify.Output);
        JsonElement result = json.RootElement.GetProperty("signatures")[0];
        Assert.Equal("REVOKED_NO_POE", result.GetProperty("subIndication").GetString());
        JsonElement revocation = result.GetProperty("chain")[0].GetProperty("revocation");
        Assert.Equal("revoked", revocation.GetProperty("status").GetString());
        Assert.Equal("ocsp", revocation.GetProperty("source").GetString());
        Assert.Equal("keyCompromise", revocation.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task B_LT_signature_validates_offline_with_its_embedded_data()
    {
        string signature = _fixture.NewPath("sig.p7s");
        var sign = await CliFixture.RunAsync([.. SignArgs("signer-ecdsa", signature), "--level", "B-LT", "--tsa", _fixture.Services.Tsa.Url.ToString()]);
        Assert.True(sign.ExitCode == 0, sign.Error);

        var verify = await CliFixture.RunAsync([.. VerifyArgs(signature, _fixture.Sample), "--offline", "--json"]);

        Assert.True(verify.ExitCode == 0, verify.Output);
        using var json = JsonDocument.Parse(verify.Output);
        JsonElement result = json.RootElement.GetProperty("signatures")[0];
        Assert.Equal("CAdES-BASELINE-LT", result.GetProperty("level").GetString());
        Assert.Equal("embedded-ocsp", result.GetProperty("chain")[0].GetProperty("revocation").GetProperty("source").GetString());
    }

    [Fact]
    public async Task B_LTA_signature_validates_offline_with_its_archive_timestamp()
    {
        string signature = _fixture.NewPath("sig.p7s");
        var sign = await CliFixture.RunAsync([.. SignArgs("signer-rsa", signature), "--level", "B-LTA", "--tsa", _fixture.Services.Tsa.Url.ToString()]);
        Assert.True(sign.ExitCode == 0, sign.Error);

        var verify = await CliFixture.RunAsync([.. VerifyArgs(signature, _fixture.Sample), "--offline", "--json"]);

        Assert.True(verify.ExitCode == 0, verify.Output);
        using var json = JsonDocument.Parse(verify.Output);
        Assert.Equal("CAdES-BASELINE-LTA", json.RootElement.GetProperty("signatures")[0].GetProperty("level").GetString());
    }

    [Fact]
    public async Task B_T_offline_reports_its_level_timestamp_time_and_the_timestamps_own_indication()
    {
        string signature = _fixture.NewPath("sig.p7s");
        var sign = await CliFixture.RunAsync([.. SignArgs("signer-rsa", signature), "--level", "B-T", "--tsa", _fixture.Services.Tsa.Url.ToString()]);
        Assert.True(sign.ExitCode == 0, sign.Error);

        var verify = await CliFixture.RunAsync([.. VerifyArgs(signature, _fixture.Sample), "--offline", "--json"]);

        // Offline, neither the signer's nor the TSA's revocation can be checked: the structure is still B-T.
        Assert.Equal(2, verify.ExitCode);
        using var json = JsonDocument.Parse(verify.Output);
        JsonElement result = json.RootElement.GetProperty("signatures")[0];
        Assert.Equal("CAdES-BASELINE-T", result.GetProperty("level").GetString());
        JsonElement timestamp = Assert.Single(result.GetProperty("timestamps").EnumerateArray());
        Assert.Equal("signature", timestamp.GetProperty("kind").GetString());
        Assert.Equal(timestamp.GetProperty("time").GetString(), result.GetProperty("timestampTime").GetString());
        Assert.Equal("INDETERMINATE", timestamp.GetProperty("indication").GetString());
        Assert.Equal("TRY_LATER", timestamp.GetProperty("subIndication").GetString());
        Assert.Contains(result.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "TIMESTAMP_TSA_UNTRUSTED");
    }

    [Fact]
    public async Task B_LT_of_a_revoked_signer_exits_69_without_output()
    {
        string signature = _fixture.NewPath("sig.p7s");

        var sign = await CliFixture.RunAsync([.. SignArgs("signer-revoked", signature), "--level", "B-LT", "--tsa", _fixture.Services.Tsa.Url.ToString()]);

        Assert.Equal(69, sign.ExitCode);
        Assert.Contains("revoked", sign.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(signature));
    }

    [Fact]
    public async Task Offline_without_revocation_data_is_indeterminate_try_later()
    {
        string signature = _fixture.NewPath("sig.p7s");
        Assert.Equal(0, (await CliFixture.RunAsync(SignArgs("signer-rsa", signature))).ExitCode);

        var verify = await CliFixture.RunAsync([.. VerifyArgs(signature, _fixture.Sample), "--offline"]);

        Assert.Equal(2, verify.ExitCode);
        Assert.Contains("TRY_LATER", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_of_changed_content_exits_1()
    {
        string signature = _fixture.NewPath("sig.p7s");
        Assert.Equal(0, (await CliFixture.RunAsync(SignArgs("signer-rsa", signature))).ExitCode);
        string changed = _fixture.NewPath("changed.txt");
        await File.WriteAllTextAsync(changed, "Surat Keputusan Nomor 2 Tahun 2026\n");

        var verify = await CliFixture.RunAsync(VerifyArgs(signature, changed));

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("HASH_FAILURE", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_against_another_root_exits_2()
    {
        string signature = _fixture.NewPath("sig.p7s");
        Assert.Equal(0, (await CliFixture.RunAsync(SignArgs("signer-rsa", signature))).ExitCode);

        var verify = await CliFixture.RunAsync("cms", "verify", "--in", signature, "--content", _fixture.Sample, "--trust", _fixture.PkiFile("tsa.pem"));

        Assert.Equal(2, verify.ExitCode);
        Assert.Contains("NO_CERTIFICATE_CHAIN_FOUND", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_exits_65_leaves_no_file_and_does_not_echo_it()
    {
        string output = _fixture.NewPath("sig.p7s");
        string password = _fixture.NewPath("wrong.password");
        await File.WriteAllTextAsync(password, "NotThePassword123\n");

        var run = await CliFixture.RunAsync("cms", "sign", "--in", _fixture.Sample, "--out", output, "--pfx", _fixture.PkiFile("signer-rsa.p12"), "--password-file", password);

        Assert.Equal(65, run.ExitCode);
        Assert.False(File.Exists(output));
        Assert.DoesNotContain("NotThePassword123", run.Error + run.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_fixture.Directory, "*.tmp"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("this is not a CMS signature")]
    [InlineData("\u0030\u0082\u00ff\u00ff\u0006")]
    public async Task Garbage_signature_exits_65(string content)
    {
        string garbage = _fixture.NewPath("garbage.p7s");
        await File.WriteAllTextAsync(garbage, content);

        var run = await CliFixture.RunAsync(VerifyArgs(garbage, _fixture.Sample));

        Assert.Equal(65, run.ExitCode);
        Assert.StartsWith("bsre: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_input_exits_66_without_output()
    {
        string output = _fixture.NewPath("sig.p7s");
        var run = await CliFixture.RunAsync(["cms", "sign", "--in", _fixture.NewPath("absent.txt"), .. SignArgs("signer-rsa", output)[4..]]);

        Assert.Equal(66, run.ExitCode);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("cms", "sign")]
    [InlineData("cms", "verify", "--in", "x.p7s")]
    [InlineData("cms", "sign", "--in", "a", "--out", "b", "--pfx", "c", "--password-env", "X", "--level", "B-Z")]
    [InlineData("cms", "sign", "--in", "a", "--out", "b", "--pfx", "c", "--password-env", "X", "--level", "B-T", "--tsa", "not-a-url")]
    [InlineData("no-such-command")]
    public async Task Usage_errors_exit_64(params string[] args)
    {
        var run = await CliFixture.RunAsync(args);

        Assert.Equal(64, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public async Task B_T_without_tsa_is_a_usage_error()
    {
        var run = await CliFixture.RunAsync([.. SignArgs("signer-rsa", _fixture.NewPath("sig.p7s")), "--level", "B-T"]);

        Assert.Equal(64, run.ExitCode);
        Assert.Contains("--tsa", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_tsa_exits_69_without_output()
    {
        string output = _fixture.NewPath("sig.p7s");
        var run = await CliFixture.RunAsync([.. SignArgs("signer-rsa", output), "--level", "B-T", "--tsa", "http://127.0.0.1:1/tsa"]);

        Assert.Equal(69, run.ExitCode);
        Assert.False(File.Exists(output));
    }

    private string[] SignArgs(string signer, string output) =>
        ["cms", "sign", "--in", _fixture.Sample, "--out", output, "--pfx", _fixture.PkiFile($"{signer}.p12"), "--password-file", _fixture.PkiFile($"{signer}.password")];

    private string[] VerifyArgs(string signature, string? content) => content is null
        ? ["cms", "verify", "--in", signature, "--trust", _fixture.PkiFile("root.pem")]
        : ["cms", "verify", "--in", signature, "--content", content, "--trust", _fixture.PkiFile("root.pem")];
}
