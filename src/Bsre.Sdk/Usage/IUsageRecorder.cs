namespace Bsre.Sdk.Usage;

/// <summary>
/// Records each signing for the yearly usage report that agencies send to BSrE. Implementations must be
/// thread-safe. A record holds no passphrase and at most a masked NIK (see <see cref="NikMask"/>).
/// </summary>
public interface IUsageRecorder
{
    /// <summary>Records one signing, succeeded or failed.</summary>
    /// <param name="record">What was signed, by whom, at which level, and how it ended.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the record is stored.</returns>
    Task RecordAsync(UsageRecord record, CancellationToken cancellationToken = default);
}
