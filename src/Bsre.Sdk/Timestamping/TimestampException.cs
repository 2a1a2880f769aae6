namespace Bsre.Sdk.Timestamping;

/// <summary>A timestamp could not be obtained from a TSA, or the TSA's answer was not acceptable.</summary>
public sealed class TimestampException : BsreSdkException<TimestampFailure>
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">Why it failed.</param>
    /// <param name="message">What went wrong, naming the TSA.</param>
    /// <param name="innerException">The cause, if any.</param>
    public TimestampException(TimestampFailure failure, string message, Exception? innerException = null)
        : base(failure, message, innerException)
    {
    }

    /// <summary>Gets whether trying again later may succeed.</summary>
    public bool IsTransient => ErrorCode == TimestampFailure.ServiceUnavailable;

    /// <inheritdoc/>
    /// <remarks>The TSA is the server's: its address and credentials stay in the message, for the logs.</remarks>
    protected internal override BsreProblem ToProblem() => CreateProblem(BsreErrorCategory.Unavailable, IsTransient ? 503 : 502, "timestamp-failed", "No timestamp could be obtained",
        "The timestamp authority did not give a usable timestamp" + (IsTransient ? "; try again later." : "."), IsTransient);
}
