using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Tests.Hostile;

/// <summary>How a validator ended on one hostile input, and what the fuzz and corpus tests accept.</summary>
/// <param name="Kind">The class of outcome.</param>
/// <param name="Exception">What was thrown, if anything.</param>
/// <param name="Elapsed">The CPU time the validation took on its thread.</param>
/// <param name="Allocated">The bytes it allocated on its thread.</param>
internal sealed record HostileOutcome(HostileOutcomeKind Kind, Exception? Exception, TimeSpan Elapsed, long Allocated)
{
    /// <summary>Exceptions that mean a programming error when they escape, or when a typed error wraps them.</summary>
    private static readonly Type[] Internal =
    [
        typeof(NullReferenceException), typeof(IndexOutOfRangeException), typeof(InvalidCastException), typeof(KeyNotFoundException),
        typeof(ArgumentException), typeof(ArithmeticException), typeof(InvalidOperationException), typeof(NotSupportedException),
        typeof(NotImplementedException), typeof(OutOfMemoryException), typeof(FormatException), typeof(InsufficientExecutionStackException),
    ];

    public static SignatureValidationOptions Options() => new() { Offline = true, ValidationTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) };

    /// <summary>Validates <paramref name="pdf"/> on the calling thread and classifies the outcome.</summary>
    public static HostileOutcome Pdf(byte[] pdf, PdfLimits? limits = null)
        => Run(() => new PadesValidator(Options(), limits: limits).ValidateAsync(new MemoryStream(pdf, writable: false), "hostile.pdf"));

    /// <summary>Validates the CMS <paramref name="cms"/> (with its detached content, if any) on the calling thread and classifies the outcome.</summary>
    public static HostileOutcome Cms(byte[] cms, byte[]? content)
        => Run(() => new CadesValidator(Options()).ValidateAsync(new MemoryStream(cms, writable: false), content is null ? null : new MemoryStream(content, writable: false)));

    public bool IsAcceptable => Kind is HostileOutcomeKind.Report or HostileOutcomeKind.Typed;

    public override string ToString() => $"{Kind} in {Elapsed.TotalMilliseconds:0} ms CPU, {Allocated >> 20} MiB allocated: {Exception}";

    private static HostileOutcome Run(Func<Task<ValidationReport>> validate)
    {
        // offline validation of in-memory input completes synchronously, so the thread's allocation counter sees all of it
        long before = GC.GetAllocatedBytesForCurrentThread();
        TimeSpan cpu = ThreadCpuTime();
        Exception? error = null;
        try
        {
            validate().GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            error = e;
        }

        TimeSpan elapsed = ThreadCpuTime() - cpu;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return new HostileOutcome(Classify(error), error, elapsed, allocated);
    }

    /// <summary>The CPU time of the calling thread (Linux schedstat): unlike wall time, it does not grow with the machine's load.</summary>
    private static TimeSpan ThreadCpuTime()
    {
        string path = "/proc/thread-self/schedstat";
        return File.Exists(path) && long.TryParse(File.ReadAllText(path).Split(' ')[0], out long ns)
            ? TimeSpan.FromTicks(ns / 100)
            : TimeSpan.FromTicks(System.Diagnostics.Stopwatch.GetTimestamp() * TimeSpan.TicksPerSecond / System.Diagnostics.Stopwatch.Frequency);
    }

    private static HostileOutcomeKind Classify(Exception? error)
    {
        if (error is null)
        {
            return HostileOutcomeKind.Report;
        }

        if (error is not (DocumentFormatException or PdfPasswordException))
        {
            return HostileOutcomeKind.Untyped;
        }

        for (Exception? inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (Internal.Any(t => t.IsInstanceOfType(inner)))
            {
                return HostileOutcomeKind.Wrapped;
            }
        }

        return HostileOutcomeKind.Typed;
    }
}

/// <summary>The classes of <see cref="HostileOutcome"/>.</summary>
internal enum HostileOutcomeKind
{
    /// <summary>A validation report.</summary>
    Report,

    /// <summary>A typed error for bad input, wrapping no internal exception.</summary>
    Typed,

    /// <summary>A typed error wrapping an internal exception (a bug reported as bad input).</summary>
    Wrapped,

    /// <summary>Any other exception (a bug, or CLI exit 70).</summary>
    Untyped,
}
