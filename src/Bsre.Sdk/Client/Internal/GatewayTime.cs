using System.Globalization;
using System.Text.RegularExpressions;

namespace Bsre.Sdk.Client.Internal;

/// <summary>
/// Reads the gateway's expiry times. BSrE writes them as <c>2026-12-04 10:00:00 +0000</c> (an offset without a colon,
/// which ISO 8601 parsers such as JavaScript's <c>Date.parse</c> reject), others as ISO 8601 or epoch milliseconds.
/// </summary>
internal static partial class GatewayTime
{
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long epochMs))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(epochMs);
        }

        Match match = Shape().Match(text);
        if (!match.Success)
        {
            return null;
        }

        string local = $"{match.Groups["date"].Value}T{match.Groups["time"].Value}";
        if (!DateTime.TryParseExact(local, ["yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"], CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime clock))
        {
            return null;
        }

        TimeSpan offset = TimeSpan.Zero;
        if (match.Groups["sign"].Success)
        {
            int hours = int.Parse(match.Groups["hh"].Value, CultureInfo.InvariantCulture);
            int minutes = int.Parse(match.Groups["mm"].Value, CultureInfo.InvariantCulture);
            if (hours > 14 || minutes > 59)
            {
                return null;
            }

            offset = new TimeSpan(hours, minutes, 0) * (match.Groups["sign"].Value == "-" ? -1 : 1);
        }

        return new DateTimeOffset(clock, offset);
    }

    /// <summary>A date, a time, and an optional <c>Z</c>, <c>+hhmm</c> or <c>+hh:mm</c> offset (none means UTC).</summary>
    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})[ T](?<time>\d{2}:\d{2}:\d{2}(\.\d{1,7})?)\s*(Z|(?<sign>[+-])(?<hh>\d{2}):?(?<mm>\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
