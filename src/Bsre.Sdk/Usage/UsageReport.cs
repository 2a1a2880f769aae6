namespace Bsre.Sdk.Usage;

/// <summary>
/// A year's certificate usage, as agencies report it to BSrE: totals, per month, per signer, per level,
/// and failures by reason. Build it with <see cref="FromLogAsync"/>, write it with <see cref="WriteCsvAsync"/>
/// and <see cref="WriteMarkdownAsync"/>.
/// </summary>
public sealed class UsageReport
{
    internal UsageReport(int year, UsageCount total, IReadOnlyList<UsageCount> byMonth, IReadOnlyList<UsageCount> bySigner,
        IReadOnlyList<UsageCount> byLevel, IReadOnlyList<UsageCount> failuresByReason)
    {
        Year = year;
        Total = total;
        ByMonth = byMonth;
        BySigner = bySigner;
        ByLevel = byLevel;
        FailuresByReason = failuresByReason;
    }

    /// <summary>The reported year (records are assigned to it by their UTC time).</summary>
    public int Year { get; }

    /// <summary>All signings of the year (key <c>total</c>).</summary>
    public UsageCount Total { get; }

    /// <summary>The twelve months, <c>2026-01</c> to <c>2026-12</c>, months without signings included.</summary>
    public IReadOnlyList<UsageCount> ByMonth { get; }

    /// <summary>Per signer certificate, keyed <c>subject (serial)</c>, most signings first.</summary>
    public IReadOnlyList<UsageCount> BySigner { get; }

    /// <summary>Per signature level, most signings first.</summary>
    public IReadOnlyList<UsageCount> ByLevel { get; }

    /// <summary>Failed signings per reason (<c>unknown</c> when none was recorded); only <see cref="UsageCount.Failed"/> is set.</summary>
    public IReadOnlyList<UsageCount> FailuresByReason { get; }

    /// <summary>Builds the report of <paramref name="year"/> from a JSON-lines usage log, streamed.</summary>
    /// <param name="jsonLines">The log written by <see cref="JsonLinesUsageRecorder"/>.</param>
    /// <param name="year">The year to report.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report.</returns>
    /// <exception cref="UsageLogFormatException">A line is not a usage record.</exception>
    public static async Task<UsageReport> FromLogAsync(Stream jsonLines, int year, CancellationToken cancellationToken = default)
    {
        var builder = new UsageReportBuilder(year);
        await foreach (UsageRecord record in UsageLogReader.ReadAsync(jsonLines, cancellationToken).ConfigureAwait(false))
        {
            builder.Add(record);
        }

        return builder.Build();
    }

    /// <summary>Builds the report of <paramref name="year"/> from records in memory.</summary>
    /// <param name="records">The records; those of other years are ignored.</param>
    /// <param name="year">The year to report.</param>
    /// <returns>The report.</returns>
    public static UsageReport FromRecords(IEnumerable<UsageRecord> records, int year)
    {
        ArgumentNullException.ThrowIfNull(records);
        var builder = new UsageReportBuilder(year);
        foreach (UsageRecord record in records)
        {
            builder.Add(record);
        }

        return builder.Build();
    }

    /// <summary>Writes the report as CSV (UTF-8, RFC 4180): <c>section,key,succeeded,failed,total</c>.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when written.</returns>
    public Task WriteCsvAsync(Stream output, CancellationToken cancellationToken = default) =>
        UsageReportCsv.WriteAsync(this, output, cancellationToken);

    /// <summary>Writes the report as a Markdown document with one table per section.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when written.</returns>
    public Task WriteMarkdownAsync(Stream output, CancellationToken cancellationToken = default) =>
        UsageReportMarkdown.WriteAsync(this, output, cancellationToken);

    /// <summary>The report's sections in order, with their names, for the writers.</summary>
    internal IEnumerable<(string Name, IReadOnlyList<UsageCount> Rows)> Sections() =>
    [
        ("total", [Total]),
        ("month", ByMonth),
        ("signer", BySigner),
        ("level", ByLevel),
        ("failure", FailuresByReason),
    ];
}
