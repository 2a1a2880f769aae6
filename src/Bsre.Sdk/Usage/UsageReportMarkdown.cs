using System.Globalization;
using System.Text;

namespace Bsre.Sdk.Usage;

/// <summary>Writes a <see cref="UsageReport"/> as Markdown: a heading, then one table per section.</summary>
internal static class UsageReportMarkdown
{
    public static async Task WriteAsync(UsageReport report, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# BSrE certificate usage {report.Year}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{report.Total.Total} signings: {report.Total.Succeeded} succeeded, {report.Total.Failed} failed.\n");
        Table(text, "Per month", "Month", report.ByMonth);
        Table(text, "Per signer", "Signer (serial)", report.BySigner);
        Table(text, "Per level", "Level", report.ByLevel);
        text.Append("\n## Failures by reason\n\n| Reason | Failed |\n|---|---:|\n");
        foreach (UsageCount row in report.FailuresByReason)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {Cell(row.Key)} | {row.Failed} |\n");
        }

        await output.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancellationToken).ConfigureAwait(false);
    }

    private static void Table(StringBuilder text, string title, string keyHeader, IReadOnlyList<UsageCount> rows)
    {
        text.Append(CultureInfo.InvariantCulture, $"\n## {title}\n\n| {keyHeader} | Succeeded | Failed | Total |\n|---|---:|---:|---:|\n");
        foreach (UsageCount row in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {Cell(row.Key)} | {row.Succeeded} | {row.Failed} | {row.Total} |\n");
        }
    }

    private static string Cell(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
