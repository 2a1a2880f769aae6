// Shared source (Bsre.Sdk.Shared.projitems): each package compiles its own internal copy, in its own namespace so that
// test assemblies that see the internals of both packages find one TelemetryScope per namespace.
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Bsre.Sdk.Validation;

#if BSRE_SDK_PDF
namespace Bsre.Sdk.Pdf.Diagnostics;
#else
namespace Bsre.Sdk.Diagnostics;
#endif

/// <summary>
/// One instrumented operation: an <see cref="Activity"/> (when something listens) and, on dispose, one measurement of
/// its duration in seconds tagged with the same low-cardinality tags and, on failure, <c>error.type</c> (OpenTelemetry
/// semantic conventions). Tags never carry a secret, a NIK or an exception message: only names, codes and levels.
/// </summary>
internal sealed class TelemetryScope : IDisposable
{
    private readonly Activity? _activity;
    private readonly Histogram<double> _duration;
    private readonly long _started = Stopwatch.GetTimestamp();
    private TagList _tags;

    private TelemetryScope(Activity? activity, Histogram<double> duration)
    {
        _activity = activity;
        _duration = duration;
    }

    /// <summary>Gets the elapsed time so far.</summary>
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

    /// <summary>Starts an operation named <paramref name="name"/> whose duration goes to <paramref name="duration"/>.</summary>
    public static TelemetryScope Start(ActivitySource source, string name, Histogram<double> duration, ActivityKind kind = ActivityKind.Internal)
        => new(source.StartActivity(name, kind), duration);

    /// <summary>Adds a tag to the activity and to the duration measurement.</summary>
    public void SetTag(string key, object? value)
    {
        _tags.Add(key, value);
        _activity?.SetTag(key, value);
    }

    /// <summary>Adds a tag to the activity only (a value of too high a cardinality for a metric, such as a request id).</summary>
    public void SetActivityTag(string key, object? value) => _activity?.SetTag(key, value);

    /// <summary>
    /// Records a validation's outcome: one count per signature in <paramref name="signatures"/>, tagged with its indication,
    /// and the report's overall indication as a tag of this operation.
    /// </summary>
    public void Validated(ValidationReport report, Counter<long> signatures)
    {
        foreach (SignatureValidationResult result in report.Signatures)
        {
            signatures.Add(1, new KeyValuePair<string, object?>("bsre.validation.indication", result.Indication.ToString()));
        }

        SetTag("bsre.validation.indication", report.Indication?.ToString() ?? "None");
    }

    /// <summary>Marks the operation failed with <paramref name="errorType"/> (a code or an exception type name, never a message).</summary>
    public void Fail(string errorType)
    {
        SetTag("error.type", errorType);
        _activity?.SetStatus(ActivityStatusCode.Error, errorType);
    }

    /// <summary>Marks the operation failed with the exception's type name (its message may name a file or a user: not recorded).</summary>
    public void Fail(Exception exception) => Fail(exception.GetType().FullName ?? exception.GetType().Name);

    /// <summary>Records the duration and ends the activity.</summary>
    public void Dispose()
    {
        _duration.Record(Elapsed.TotalSeconds, _tags);
        _activity?.Dispose();
    }
}
