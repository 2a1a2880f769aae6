using Bsre.Sdk.Pdf.Validation;

namespace Bsre.Sdk.Pdf.Raw;

/// <summary>
/// What reading one document may still spend, shared by every view of it: stream bytes read and decoded (each stream
/// within <see cref="PdfLimits.MaxStreamLength"/>, all of them within <see cref="PdfLimits.MaxDocumentBytes"/>),
/// cross-reference sections, and time. Exceeding any gives a <see cref="DocumentLimitException"/> naming the limit.
/// </summary>
internal sealed class PdfReadBudget
{
    private readonly PdfLimits _limits;
    private readonly CancellationToken _deadline;
    private long _bytes;

    /// <param name="limits">The bounds.</param>
    /// <param name="deadline">Cancelled when the time budget (<see cref="PdfLimits.Timeout"/>) is spent.</param>
    public PdfReadBudget(PdfLimits limits, CancellationToken deadline = default)
    {
        _limits = limits;
        _deadline = deadline;
    }

    /// <summary>Gets the bounds this budget enforces.</summary>
    public PdfLimits Limits => _limits;

    /// <summary>Gets the largest size one stream may have, raw or decoded.</summary>
    public int MaxStreamLength => _limits.MaxStreamLength;

    /// <summary>Makes a fresh budget with the default limits and no time budget (signing and LTV extension open their input with it).</summary>
    public static PdfReadBudget Default() => new(new PdfLimits());

    /// <summary>Spends <paramref name="bytes"/> of stream data read or decoded, and checks the time budget.</summary>
    public void Spend(long bytes)
    {
        ThrowIfExpired();
        _bytes += bytes;
        if (_bytes > _limits.MaxDocumentBytes)
        {
            throw new DocumentLimitException(nameof(PdfLimits.MaxDocumentBytes), _limits.MaxDocumentBytes, "the streams read and decoded from the document add up to more bytes");
        }
    }

    /// <summary>Throws <see cref="DocumentLimitException"/> for <see cref="PdfLimits.Timeout"/> once the time budget is spent.</summary>
    public void ThrowIfExpired()
    {
        if (_deadline.IsCancellationRequested)
        {
            throw Expired(_limits);
        }
    }

    /// <summary>The error for a spent time budget.</summary>
    public static DocumentLimitException Expired(PdfLimits limits)
        => new(nameof(PdfLimits.Timeout), (long)limits.Timeout.TotalMilliseconds, "validation did not finish within the time budget (milliseconds)");

    /// <summary>The error for one stream larger than <see cref="PdfLimits.MaxStreamLength"/>.</summary>
    public DocumentLimitException StreamTooLong(string what)
        => new(nameof(PdfLimits.MaxStreamLength), _limits.MaxStreamLength, what);
}
