using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// Validates the document timestamps newest first, so that each one's time, once proven, serves as proof of
/// existence for the older timestamps and the signatures it covers (EN 319 102-1 past validation).
/// </summary>
internal sealed class TimestampChain(PdfDocumentContext context, HttpClient? httpClient, TimeProvider clock, RevocationCache? cache)
{
    private readonly List<(long SignedEnd, DateTimeOffset Time)> _proofs = [];
    private readonly List<(long SignedEnd, TimestampValidationResult Result)> _timestamps = [];

    public Dictionary<InspectedSignature, SignatureValidationResult> Results { get; } = [];

    /// <summary>Gets the document timestamps whose imprint and signature verify: where their range ends, and whether it contains a DSS.</summary>
    public List<(long SignedEnd, bool CoversDss)> Covering { get; } = [];

    public async Task<TimestampChain> ValidateAsync(IEnumerable<InspectedSignature> signatures, CancellationToken cancellationToken)
    {
        var validator = new TimestampValidator(context.Options, httpClient, clock, cache);
        foreach (InspectedSignature timestamp in signatures.Where(s => s.Entry.IsDocumentTimestamp).OrderByDescending(s => s.ByteRange.SignedEnd))
        {
            SignatureValidationResult result = timestamp.Cms is null || timestamp.ByteRange.Segments is not { } segments
                ? new ResultBuilder(timestamp.Entry.FieldName).Fail(ValidationIndication.TotalFailed, SubIndication.FormatFailure, FindingCodes.PdfStructureInvalid)
                : await validator.ValidateAsync(timestamp.Cms, new SegmentStream(context.Source, segments), ProvenTime(timestamp.ByteRange.SignedEnd), cancellationToken).ConfigureAwait(false);
            Results[timestamp] = result;
            if (result.SigningTime is { } generated)
            {
                bool intact = timestamp.Errors.Count == 0;
                _timestamps.Add((timestamp.ByteRange.SignedEnd, new TimestampValidationResult
                {
                    Kind = TimestampKind.Document,
                    Time = generated,
                    TsaCertificate = result.SigningCertificate,
                    Indication = intact ? result.Indication : ValidationIndication.TotalFailed,
                    SubIndication = intact ? result.SubIndication : SubIndication.FormatFailure,
                }));
            }

            if (result.Indication != ValidationIndication.TotalFailed && timestamp.Errors.Count == 0)
            {
                Covering.Add((timestamp.ByteRange.SignedEnd, timestamp.SignedView?.Catalog["DSS"] is not null));
            }

            if (result.Indication == ValidationIndication.TotalPassed && result.TimestampTime is { } time && timestamp.Errors.Count == 0)
            {
                _proofs.Add((timestamp.ByteRange.SignedEnd, time));
            }
        }

        return this;
    }

    /// <summary>Returns the document timestamps whose signed range reaches at least to <paramref name="signedEnd"/>, oldest first, with their own results.</summary>
    public IEnumerable<TimestampValidationResult> Over(long signedEnd)
        => _timestamps.Where(t => t.SignedEnd >= signedEnd).OrderBy(t => t.SignedEnd).Select(t => t.Result);

    /// <summary>Returns the earliest time a valid document timestamp proves that the bytes up to <paramref name="signedEnd"/> existed.</summary>
    public DateTimeOffset? ProvenTime(long signedEnd)
    {
        var times = _proofs.Where(p => p.SignedEnd > signedEnd).Select(p => p.Time).ToList();
        return times.Count == 0 ? null : times.Min();
    }
}
