namespace Bsre.Sdk.Usage;

/// <summary>
/// A line of a usage log is not a valid usage record. <see cref="LineNumber"/> says which. An SDK exception like the
/// others (not a <see cref="FormatException"/>, which the runtime keeps for parsing a single value), so a host maps it
/// with them.
/// </summary>
public sealed class UsageLogFormatException : BsreSdkException
{
    /// <summary>Creates the exception for a line.</summary>
    /// <param name="lineNumber">The 1-based line number.</param>
    /// <param name="message">What is wrong with the line.</param>
    /// <param name="innerException">The parser's error, if any.</param>
    public UsageLogFormatException(long lineNumber, string message, Exception? innerException = null)
        : base($"Line {lineNumber}: {message}", innerException)
    {
        LineNumber = lineNumber;
    }

    /// <summary>The 1-based number of the malformed line (0 when not known).</summary>
    public long LineNumber { get; }

    /// <inheritdoc/>
    protected internal override BsreProblem ToProblem() => CreateProblem(BsreErrorCategory.InvalidInput, 500, "usage-log-invalid", "The usage log cannot be read",
        "The service's usage log is malformed; its operator must repair it.");
}
