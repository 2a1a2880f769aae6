namespace Bsre.Sdk.Usage;

/// <summary>A line of a usage log is not a valid usage record. <see cref="LineNumber"/> says which.</summary>
public sealed class UsageLogFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public UsageLogFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public UsageLogFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The parser's error.</param>
    public UsageLogFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

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
}
