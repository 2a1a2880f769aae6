namespace Bsre.Sdk.Timestamping;

/// <summary>A timestamp could not be obtained from a TSA, or the TSA's answer was not acceptable.</summary>
public sealed class TimestampException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TimestampException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public TimestampException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public TimestampException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="failure">Why it failed.</param>
    /// <param name="message">What went wrong, naming the TSA.</param>
    /// <param name="innerException">The cause, if any.</param>
    public TimestampException(TimestampFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    /// <summary>Gets why it failed.</summary>
    public TimestampFailure Failure { get; }

    /// <summary>Gets whether trying again later may succeed.</summary>
    public bool IsTransient => Failure == TimestampFailure.ServiceUnavailable;
}
