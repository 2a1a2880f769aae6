using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace Bsre.Sdk.TestUtils;

/// <summary>
/// Collects what the SDK reports while a test runs: the activities of one trace (started under <see cref="Root"/>, so
/// that tests running in parallel do not mix), every measurement of the SDK's meters, and log entries through
/// <see cref="Logger{T}"/>. Tests running at the same time add measurements too: assert on presence, not on totals.
/// </summary>
public sealed class TelemetryCollector : IDisposable
{
    private const string TestSourceName = "Bsre.Sdk.Tests";
    private static readonly ActivitySource TestSource = new(TestSourceName);
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters = new();
    private readonly ConcurrentQueue<Activity> _stopped = new();

    /// <summary>Starts collecting from the sources and meters named <paramref name="names"/>.</summary>
    /// <param name="names">The SDK's source and meter names.</param>
    public TelemetryCollector(params string[] names)
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == TestSourceName || names.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => _stopped.Enqueue(activity),
        };
        ActivitySource.AddActivityListener(_activities);
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (names.Contains(instrument.Meter.Name))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.Start();
        Root = TestSource.StartActivity("test") ?? throw new InvalidOperationException("The test activity was not sampled.");
    }

    /// <summary>Gets the test's root activity: the SDK's activities started under it belong to this test.</summary>
    public Activity Root { get; }

    /// <summary>Gets the measurements recorded so far (by every test running now).</summary>
    public ConcurrentQueue<Measurement> Measurements { get; } = new();

    /// <summary>Gets the log entries written through <see cref="Logger{T}"/>.</summary>
    public ConcurrentQueue<LogEntry> Logs { get; } = new();

    /// <summary>Gets the stopped activities of this test's trace (the root excluded).</summary>
    public IReadOnlyList<Activity> Activities => [.. _stopped.Where(a => a.TraceId == Root.TraceId && a != Root)];

    /// <summary>Gets every tag value and log text seen: what a secret must never be part of.</summary>
    public IEnumerable<string> AllText() =>
        Activities.SelectMany(a => a.TagObjects.Select(t => $"{t.Key}={t.Value}").Append(a.DisplayName).Append(a.StatusDescription ?? string.Empty))
            .Concat(Measurements.SelectMany(m => m.Tags.Select(t => $"{t.Key}={t.Value}")))
            .Concat(Logs.Select(l => l.Message + " " + l.Exception));

    /// <summary>Gets a logger factory whose loggers add their entries to <see cref="Logs"/>.</summary>
    public ILoggerFactory LoggerFactory => new CollectingLoggerFactory(Logs);

    /// <inheritdoc />
    public void Dispose()
    {
        Root.Dispose();
        _activities.Dispose();
        _meters.Dispose();
    }

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
        => Measurements.Enqueue(new Measurement(instrument.Meter.Name, instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), tags.ToArray()));

    /// <summary>One measurement.</summary>
    /// <param name="Meter">The meter's name.</param>
    /// <param name="Instrument">The instrument's name.</param>
    /// <param name="Value">The value.</param>
    /// <param name="Tags">The tags.</param>
    public sealed record Measurement(string Meter, string Instrument, double Value, KeyValuePair<string, object?>[] Tags)
    {
        /// <summary>Returns the value of tag <paramref name="key"/>, or <see langword="null"/>.</summary>
        /// <param name="key">The tag.</param>
        /// <returns>Its value.</returns>
        public object? Tag(string key) => Tags.FirstOrDefault(t => t.Key == key).Value;
    }

    /// <summary>One log entry.</summary>
    /// <param name="Category">The logger's category.</param>
    /// <param name="Level">The level.</param>
    /// <param name="EventId">The event id.</param>
    /// <param name="Message">The formatted message.</param>
    /// <param name="Exception">The exception, if any.</param>
    public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception);

    private sealed class CollectingLoggerFactory(ConcurrentQueue<LogEntry> entries) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => new CollectingLogger(categoryName, entries);

        public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException("The collecting factory has its one sink.");

        public void Dispose()
        {
        }
    }

    private sealed class CollectingLogger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception), exception));
    }
}
