using System.Text;
using System.Text.Json;
using Bsre.Sdk.Cli;
using Bsre.Sdk.Testing;

namespace Bsre.Sdk.Tests.Cli;

/// <summary>
/// cli.md "Many files in one call": <c>pdf sign --in DIR --out DIR</c>, <c>pdf verify</c> and <c>cms verify</c> over
/// several inputs (JSON Lines in input order, the worst exit code, one line per unreadable file), progress only on a terminal.
/// </summary>
public sealed class BatchCommandTests : IClassFixture<CliFixture>, IAsyncLifetime
{
    private readonly CliFixture _fixture;
    private string _signed = null!;

    public BatchCommandTests(CliFixture fixture) => _fixture = fixture;

    /// <summary>One folder of documents for the verify tests: passed, unsigned, revoked (indeterminate), tampered, corrupt.</summary>
    public async Task InitializeAsync()
    {
        _signed = Path.Combine(_fixture.Directory, "verify-set");
        if (Directory.Exists(_signed))
        {
            return;
        }

        string unsigned = Directory.CreateDirectory(_fixture.NewPath("unsigned")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(unsigned, "passed.pdf"), SamplePdf.Create("Nota Dinas 1"));
        string staging = Directory.CreateDirectory(_fixture.NewPath("staging")).FullName;
        Assert.Equal(0, (await CliFixture.RunAsync(SignArgs(unsigned, staging))).ExitCode);
        File.Copy(Path.Combine(unsigned, "passed.pdf"), Path.Combine(unsigned, "revoked.pdf"));
        File.Delete(Path.Combine(unsigned, "passed.pdf"));
        Assert.Equal(0, (await CliFixture.RunAsync(SignArgs(unsigned, staging, "signer-revoked"))).ExitCode);

        byte[] tampered = await File.ReadAllBytesAsync(Path.Combine(staging, "passed.pdf"));
        int at = tampered.AsSpan().IndexOf("Nota"u8);
        tampered[at + 1] = (byte)'i';
        await File.WriteAllBytesAsync(Path.Combine(staging, "tampered.pdf"), tampered);
        await File.WriteAllBytesAsync(Path.Combine(staging, "unsigned.pdf"), SamplePdf.Create());
        await File.WriteAllTextAsync(Path.Combine(staging, "corrupt.pdf"), "this is not a PDF");
        Directory.Move(staging, _signed);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(0, "passed", "passed")]
    [InlineData(3, "passed", "unsigned")]
    [InlineData(2, "unsigned", "revoked", "passed")]
    [InlineData(1, "revoked", "tampered", "unsigned")]
    [InlineData(65, "passed", "corrupt", "unsigned")]
    [InlineData(65, "revoked", "corrupt")]
    [InlineData(1, "corrupt", "tampered")]
    [InlineData(66, "passed", "missing")]
    public async Task Exit_code_is_the_worst_over_all_files(int expected, params string[] names)
    {
        string[] args = ["pdf", "verify", .. names.SelectMany(name => new[] { "--in", Doc(name) }), "--trust", _fixture.PkiFile("root.pem"), "--json"];
        var run = await CliFixture.RunAsync(args);

        Assert.True(expected == run.ExitCode, run.Output + run.Error);
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(names.Select(name => name + ".pdf"), lines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("file").GetString()));
    }

    [Fact]
    public async Task Json_lines_come_in_input_order_with_an_error_line_for_an_unreadable_file()
    {
        string[] names = ["unsigned", "tampered", "corrupt", "passed", "revoked", "missing"];
        var run = await CliFixture.RunAsync(["pdf", "verify", .. names.SelectMany(name => new[] { "--in", Doc(name) }), "--trust", _fixture.PkiFile("root.pem"), "--json"]);

        JsonElement[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Equal(["NO_SIGNATURE", "TOTAL_FAILED", null, "TOTAL_PASSED", "INDETERMINATE", null], lines.Select(Indication));
        Assert.Equal("corrupt.pdf", lines[2].GetProperty("file").GetString());
        Assert.False(string.IsNullOrWhiteSpace(lines[2].GetProperty("error").GetString()));
        Assert.Contains("does not exist", lines[5].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task A_directory_is_every_pdf_in_it_in_name_order_and_text_errors_go_to_stderr()
    {
        var run = await CliFixture.RunAsync("pdf", "verify", "--in", _signed, "--trust", _fixture.PkiFile("root.pem"));

        Assert.Equal(1, run.ExitCode);
        string[] files = run.Output.Split('\n').Where(line => line.Length > 0 && line[0] != ' ').Select(line => line.Split(':')[0]).ToArray();
        Assert.Equal(["passed.pdf", "revoked.pdf", "tampered.pdf", "unsigned.pdf"], files);
        Assert.StartsWith("bsre: corrupt.pdf: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Folder_signing_overwrites_nothing_leaves_no_partial_file_and_signs_the_rest()
    {
        string input = Directory.CreateDirectory(_fixture.NewPath("in")).FullName;
        string output = Directory.CreateDirectory(_fixture.NewPath("out")).FullName;
        foreach (string name in new[] { "c.pdf", "a.pdf", "b.pdf" })
        {
            await File.WriteAllBytesAsync(Path.Combine(input, name), SamplePdf.Create(name));
        }

        await File.WriteAllTextAsync(Path.Combine(input, "broken.pdf"), "%PDF-1.7 but nothing else");
        await File.WriteAllTextAsync(Path.Combine(input, "notes.txt"), "not a PDF: not signed");
        await File.WriteAllTextAsync(Path.Combine(output, "b.pdf"), "keep me");

        var run = await CliFixture.RunAsync(SignArgs(input, output));

        Assert.True(run.ExitCode == 64, run.Error);
        Assert.Equal("keep me", await File.ReadAllTextAsync(Path.Combine(output, "b.pdf")));
        Assert.Equal(["a.pdf", "b.pdf", "c.pdf"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        string[] errors = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("bsre: b.pdf: ", errors[0], StringComparison.Ordinal);
        Assert.Contains("already exists", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("bsre: broken.pdf: ", errors[1], StringComparison.Ordinal);
        Assert.Contains("2 of 4", errors[2], StringComparison.Ordinal);
        Assert.Equal(["a.pdf", "c.pdf"], run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ')[1]));

        var verify = await CliFixture.RunAsync("pdf", "verify", "--in", Path.Combine(output, "a.pdf"), "--in", Path.Combine(output, "c.pdf"), "--trust", _fixture.PkiFile("root.pem"), "--json");
        Assert.True(verify.ExitCode == 0, verify.Output);
    }

    [Fact]
    public async Task Folder_extending_goes_through_the_same_batch_overwriting_nothing_and_extending_the_rest()
    {
        string input = Directory.CreateDirectory(_fixture.NewPath("unsigned")).FullName;
        string signed = Directory.CreateDirectory(_fixture.NewPath("signed")).FullName;
        string output = Directory.CreateDirectory(_fixture.NewPath("extended")).FullName;
        foreach (string name in new[] { "a.pdf", "b.pdf" })
        {
            await File.WriteAllBytesAsync(Path.Combine(input, name), SamplePdf.Create(name));
        }

        Assert.Equal(0, (await CliFixture.RunAsync(SignArgs(input, signed))).ExitCode);
        await File.WriteAllTextAsync(Path.Combine(output, "b.pdf"), "keep me");

        var run = await CliFixture.RunAsync("pdf", "extend", "--in", signed, "--out", output, "--to", "B-LT", "--trust", _fixture.PkiFile("root.pem"));

        Assert.True(run.ExitCode == 64, run.Error);
        Assert.Equal("keep me", await File.ReadAllTextAsync(Path.Combine(output, "b.pdf")));
        Assert.StartsWith("Extended a.pdf to B-LT: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 of 2 PDFs were not extended", run.Error, StringComparison.Ordinal);
        var verify = await CliFixture.RunAsync("pdf", "verify", "--in", Path.Combine(output, "a.pdf"), "--trust", _fixture.PkiFile("root.pem"), "--json");
        Assert.True(verify.ExitCode == 0, verify.Output);
        byte[] original = await File.ReadAllBytesAsync(Path.Combine(signed, "a.pdf"));
        byte[] extended = await File.ReadAllBytesAsync(Path.Combine(output, "a.pdf"));
        Assert.True(extended.AsSpan().StartsWith(original) && extended.AsSpan(original.Length).IndexOf("/DSS"u8) >= 0, "a.pdf was not extended with a DSS");
    }

    [Fact]
    public async Task Folder_signing_needs_an_existing_other_output_directory()
    {
        string input = Directory.CreateDirectory(_fixture.NewPath("in")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(input, "a.pdf"), SamplePdf.Create());

        Assert.Equal(66, (await CliFixture.RunAsync(SignArgs(input, Path.Combine(input, "no-such-dir")))).ExitCode);
        Assert.Equal(64, (await CliFixture.RunAsync(SignArgs(input, input))).ExitCode);
        Assert.Equal(["a.pdf"], Directory.GetFileSystemEntries(input).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Progress_is_drawn_on_a_terminal_only()
    {
        string[] args = ["pdf", "verify", "--in", Doc("passed"), "--in", Doc("unsigned"), "--trust", _fixture.PkiFile("root.pem")];
        var redirected = await CliFixture.RunAsync(args);
        Assert.Empty(redirected.Error);

        using var output = new StringWriter();
        using var terminal = new StringWriter();
        await BsreCli.RunAsync(args, output, terminal, CancellationToken.None, stderrIsTerminal: true);
        Assert.Matches(@"\r2/2 files, [0-9.]+/s, ETA 0:00", terminal.ToString());
        Assert.EndsWith("\r", terminal.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cms_batch_checks_each_detached_signature_against_the_file_beside_it()
    {
        string folder = Directory.CreateDirectory(_fixture.NewPath("cms")).FullName;
        string content = Path.Combine(folder, "letter.txt");
        await File.WriteAllTextAsync(content, "Surat Keputusan Nomor 2\n");
        string[] sign = ["cms", "sign", "--in", content, "--pfx", _fixture.PkiFile("signer-ecdsa.p12"), "--password-file", _fixture.PkiFile("signer-ecdsa.password")];
        Assert.Equal(0, (await CliFixture.RunAsync([.. sign, "--out", content + ".p7s"])).ExitCode);
        Assert.Equal(0, (await CliFixture.RunAsync([.. sign, "--out", Path.Combine(folder, "attached.p7m"), "--attached"])).ExitCode);

        string[] verify = ["cms", "verify", "--in", folder, "--trust", _fixture.PkiFile("root.pem"), "--json"];
        var run = await CliFixture.RunAsync(verify);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal(["attached.p7m", "letter.txt.p7s"], run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("file").GetString()));
        Assert.Equal(64, (await CliFixture.RunAsync([.. verify, "--content", content])).ExitCode);

        await File.AppendAllTextAsync(content, "changed");
        Assert.Equal(1, (await CliFixture.RunAsync(verify)).ExitCode);
    }

    private static string? Indication(JsonElement line) => line.TryGetProperty("indication", out JsonElement value) ? value.GetString() : null;

    private string Doc(string name) => Path.Combine(_signed, name + ".pdf");

    private string[] SignArgs(string input, string output, string signer = "signer-rsa") =>
        ["pdf", "sign", "--in", input, "--out", output, "--pfx", _fixture.PkiFile($"{signer}.p12"), "--password-file", _fixture.PkiFile($"{signer}.password")];
}
