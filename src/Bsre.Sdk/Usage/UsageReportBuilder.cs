using System.Globalization;

namespace Bsre.Sdk.Usage;

/// <summary>Counts records of one year into the sections of a <see cref="UsageReport"/>.</summary>
internal sealed class UsageReportBuilder
{
    private readonly int _year;
    private readonly int[] _monthSucceeded = new int[12];
    private readonly int[] _monthFailed = new int[12];
    private readonly Dictionary<string, (int Succeeded, int Failed)> _signers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Succeeded, int Failed)> _levels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Succeeded, int Failed)> _failures = new(StringComparer.Ordinal);

    public UsageReportBuilder(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        _year = year;
    }

    public void Add(UsageRecord record)
    {
        DateTimeOffset time = record.Time.ToUniversalTime();
        if (time.Year != _year)
        {
            return;
        }

        bool succeeded = record.Outcome == UsageOutcome.Succeeded;
        (succeeded ? _monthSucceeded : _monthFailed)[time.Month - 1]++;
        Count(_signers, $"{record.SignerSubject} ({record.SignerSerial})", succeeded);
        Count(_levels, record.Level, succeeded);
        if (!succeeded)
        {
            Count(_failures, string.IsNullOrWhiteSpace(record.FailureReason) ? "unknown" : record.FailureReason, succeeded: false);
        }
    }

    public UsageReport Build()
    {
        var months = new UsageCount[12];
        for (int i = 0; i < 12; i++)
        {
            months[i] = new UsageCount(string.Create(CultureInfo.InvariantCulture, $"{_year:D4}-{i + 1:D2}"), _monthSucceeded[i], _monthFailed[i]);
        }

        var total = new UsageCount("total", _monthSucceeded.Sum(), _monthFailed.Sum());
        return new UsageReport(_year, total, months, Rows(_signers), Rows(_levels), Rows(_failures));
    }

    private static void Count(Dictionary<string, (int Succeeded, int Failed)> counts, string key, bool succeeded)
    {
        counts.TryGetValue(key, out var count);
        counts[key] = succeeded ? (count.Succeeded + 1, count.Failed) : (count.Succeeded, count.Failed + 1);
    }

    private static UsageCount[] Rows(Dictionary<string, (int Succeeded, int Failed)> counts) =>
        [.. counts.Select(pair => new UsageCount(pair.Key, pair.Value.Succeeded, pair.Value.Failed))
            .OrderByDescending(row => row.Total)
            .ThenBy(row => row.Key, StringComparer.Ordinal)];
}
