using System.CommandLine;
using Bsre.Sdk.Cli.Infrastructure;
using Bsre.Sdk.Usage;

namespace Bsre.Sdk.Cli.Commands;

/// <summary><c>bsre usage report</c>: the yearly certificate usage summary for BSrE, from a JSON-lines usage log.</summary>
internal static class UsageCommands
{
    public static Command Create(CliContext context) => new("usage", "Certificate usage records and the yearly report for BSrE") { Report(context) };

    private static Command Report(CliContext context)
    {
        var year = new Option<int>("--year") { Description = "The year to report (records are assigned by their UTC time)", Required = true };
        var input = CommonOptions.Input("The JSON-lines usage log written by JsonLinesUsageRecorder");
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Directory to write usage-YEAR.csv and usage-YEAR.md to",
            DefaultValueFactory = _ => new DirectoryInfo("."),
        };
        var command = new Command("report", "Write the yearly usage summary (per month, signer, level, failures by reason) as CSV and Markdown")
        {
            year, input, output,
        };

        context.SetAction(command, async (parse, cancellationToken) =>
        {
            int reportYear = parse.GetValue(year);
            if (reportYear is < 1 or > 9999)
            {
                throw CliException.Usage($"--year {reportYear} is not a year between 1 and 9999.");
            }

            UsageReport report;
            await using (FileStream log = InputFiles.Open(parse.GetRequiredValue(input), "--in"))
            {
                report = await ReadAsync(log, reportYear, cancellationToken).ConfigureAwait(false);
            }

            string directory = parse.GetRequiredValue(output).FullName;
            string csv = Path.Combine(directory, $"usage-{reportYear}.csv");
            string markdown = Path.Combine(directory, $"usage-{reportYear}.md");
            await AtomicFile.WriteAsync(csv, s => report.WriteCsvAsync(s, cancellationToken), cancellationToken).ConfigureAwait(false);
            await AtomicFile.WriteAsync(markdown, s => report.WriteMarkdownAsync(s, cancellationToken), cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync(
                $"{report.Total.Total} signings in {reportYear} ({report.Total.Succeeded} succeeded, {report.Total.Failed} failed): {csv}, {markdown}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Builds the report; a malformed line is a data error (65) naming the line.</summary>
    private static async Task<UsageReport> ReadAsync(FileStream log, int year, CancellationToken cancellationToken)
    {
        try
        {
            return await UsageReport.FromLogAsync(log, year, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageLogFormatException e)
        {
            throw new CliException(ExitCodes.DataError, $"The --in file '{log.Name}' is not a usage log: {e.Message}");
        }
    }
}
