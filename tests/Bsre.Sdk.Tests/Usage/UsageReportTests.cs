using System.Text;
using Bsre.Sdk.Usage;

namespace Bsre.Sdk.Tests.Usage;

public sealed class UsageReportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bsre-usage-").FullName;

    [Fact]
    public async Task Report_of_a_recorded_batch_has_the_right_counts()
    {
        string log = await UsageBatch.WriteAsync(_directory);
        Assert.Equal(UsageBatch.Records.Count, File.ReadAllLines(log).Length);

        await using var stream = File.OpenRead(log);
        UsageReport report = await UsageReport.FromLogAsync(stream, 2026);

        Assert.Equal(new UsageCount("total", 7, 4), report.Total);
        Assert.Equal(12, report.ByMonth.Count);
        Assert.Equal(new UsageCount("2026-01", 3, 1), report.ByMonth[0]);
        Assert.Equal(new UsageCount("2026-02", 0, 0), report.ByMonth[1]);
        Assert.Equal(new UsageCount("2026-03", 3, 1), report.ByMonth[2]);
        Assert.Equal(new UsageCount("2026-06", 0, 2), report.ByMonth[5]);
        Assert.Equal(new UsageCount("2026-12", 1, 0), report.ByMonth[11]);
        Assert.Equal(11, report.ByMonth.Sum(month => month.Total));
        Assert.Equal(
            [new($"{UsageBatch.SignerA} (0A1B2C)", 5, 2), new($"{UsageBatch.SignerB} (3D4E5F)", 2, 2)],
            report.BySigner);
        Assert.Equal([new("B-T", 4, 1), new("B-B", 0, 3), new("B-LT", 2, 0), new("B-LTA", 1, 0)], report.ByLevel);
        Assert.Equal([new("InvalidPassphrase", 0, 2), new("InvalidTotp", 0, 1), new("unknown", 0, 1)], report.FailuresByReason);
    }

    [Fact]
    public async Task Csv_and_markdown_carry_the_counts()
    {
        UsageReport report = UsageReport.FromRecords(UsageBatch.Records, 2026);
        string csv = await WriteAsync(report.WriteCsvAsync);
        string markdown = await WriteAsync(report.WriteMarkdownAsync);

        string[] lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("year,section,key,succeeded,failed,total", lines[0]);
        Assert.Equal("2026,total,total,7,4,11", lines[1]);
        Assert.Contains("2026,month,2026-01,3,1,4", lines);
        Assert.Contains($"2026,signer,\"{UsageBatch.SignerA} (0A1B2C)\",5,2,7", lines);
        Assert.Contains("2026,level,B-B,0,3,3", lines);
        Assert.Contains("2026,failure,InvalidPassphrase,0,2,2", lines);
        Assert.Equal(1 + 1 + 12 + 2 + 4 + 3, lines.Length);

        Assert.StartsWith("# BSrE certificate usage 2026", markdown, StringComparison.Ordinal);
        Assert.Contains("11 signings: 7 succeeded, 4 failed.", markdown, StringComparison.Ordinal);
        Assert.Contains("| 2026-03 | 3 | 1 | 4 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| InvalidTotp | 1 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_line_is_reported_with_its_number()
    {
        string log = Path.Combine(_directory, "bad.jsonl");
        string good = Encoding.UTF8.GetString(UsageRecordJson.ToLine(UsageBatch.Records[0]));
        await File.WriteAllTextAsync(log, good + "\n" + good + "{not json\n");

        await using var stream = File.OpenRead(log);
        var error = await Assert.ThrowsAsync<UsageLogFormatException>(() => UsageReport.FromLogAsync(stream, 2026));
        Assert.Equal(4, error.LineNumber); // the blank line 2 is skipped but counted
        Assert.StartsWith("Line 4:", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static async Task<string> WriteAsync(Func<Stream, CancellationToken, Task> write)
    {
        using var buffer = new MemoryStream();
        await write(buffer, CancellationToken.None);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
