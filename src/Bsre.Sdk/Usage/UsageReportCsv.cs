using System.Globalization;
using System.Text;

namespace Bsre.Sdk.Usage;

/// <summary>Writes a <see cref="UsageReport"/> as one CSV table: <c>year,section,key,succeeded,failed,total</c>.</summary>
internal static class UsageReportCsv
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static async Task WriteAsync(UsageReport report, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var text = new StringBuilder("year,section,key,succeeded,failed,total\r\n");
        foreach ((string section, IReadOnlyList<UsageCount> rows) in report.Sections())
        {
            foreach (UsageCount row in rows)
            {
                text.Append(CultureInfo.InvariantCulture, $"{report.Year},{section},{Field(row.Key)},{row.Succeeded},{row.Failed},{row.Total}\r\n");
            }
        }

        await output.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>RFC 4180 quoting, only where needed.</summary>
    private static string Field(string value) =>
        value.IndexOfAny(NeedsQuotes) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
