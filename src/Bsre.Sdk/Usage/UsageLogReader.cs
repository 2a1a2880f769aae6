using System.Runtime.CompilerServices;

namespace Bsre.Sdk.Usage;

/// <summary>Reads a JSON-lines usage log one record at a time, so a log of any size is never loaded whole.</summary>
public static class UsageLogReader
{
    /// <summary>Reads the records of a usage log; blank lines are skipped.</summary>
    /// <param name="jsonLines">The log, UTF-8 JSON lines.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The records, in file order.</returns>
    /// <exception cref="UsageLogFormatException">A line is not a usage record; the exception names the line.</exception>
    public static async IAsyncEnumerable<UsageRecord> ReadAsync(Stream jsonLines, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jsonLines);
        using var reader = new StreamReader(jsonLines, leaveOpen: true);
        long lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return UsageRecordJson.Parse(line, lineNumber);
            }
        }
    }
}
