using Bsre.Sdk.Tests.Cli;

namespace Bsre.Sdk.Tests.Usage;

public sealed class UsageCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bsre-usage-cli-").FullName;

    [Fact]
    public async Task Report_writes_csv_and_markdown_for_the_year()
    {
        string log = await UsageBatch.WriteAsync(_directory);

        CliRun run = await CliFixture.RunAsync("usage", "report", "--year", "2026", "--in", log, "--out", _directory);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("11 signings in 2026 (7 succeeded, 4 failed)", run.Output, StringComparison.Ordinal);
        string[] csv = await File.ReadAllLinesAsync(Path.Combine(_directory, "usage-2026.csv"));
        Assert.Contains("2026,month,2026-01,3,1,4", csv);
        Assert.Contains("2026,failure,unknown,0,1,1", csv);
        string markdown = await File.ReadAllTextAsync(Path.Combine(_directory, "usage-2026.md"));
        Assert.Contains("| B-T | 4 | 1 | 5 |", markdown, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_directory, "*.tmp"));
    }

    [Fact]
    public async Task A_malformed_line_is_a_data_error_naming_the_line()
    {
        string log = Path.Combine(_directory, "bad.jsonl");
        await File.WriteAllTextAsync(log, "{\"time\":\"2026-01-01T00:00:00Z\"}\n");

        CliRun run = await CliFixture.RunAsync("usage", "report", "--year", "2026", "--in", log, "--out", _directory);

        Assert.Equal(65, run.ExitCode);
        Assert.Contains("Line 1:", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory, "usage-2026.csv")));
    }

    [Fact]
    public async Task A_missing_log_is_no_input()
    {
        CliRun run = await CliFixture.RunAsync("usage", "report", "--year", "2026", "--in", Path.Combine(_directory, "none.jsonl"));
        Assert.Equal(66, run.ExitCode);
    }

    [Theory]
    [InlineData("twenty")]
    [InlineData("0")]
    public async Task A_bad_year_is_a_usage_error(string year)
    {
        string log = await UsageBatch.WriteAsync(_directory);
        CliRun run = await CliFixture.RunAsync("usage", "report", "--year", year, "--in", log, "--out", _directory);
        Assert.Equal(64, run.ExitCode);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
