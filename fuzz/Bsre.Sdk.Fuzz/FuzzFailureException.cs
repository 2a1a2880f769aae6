namespace Bsre.Sdk.Fuzz;

/// <summary>An input the validators must not answer as they did: thrown so that libFuzzer keeps it as a crash.</summary>
public sealed class FuzzFailureException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FuzzFailureException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The outcome.</param>
    public FuzzFailureException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The outcome.</param>
    /// <param name="innerException">The cause.</param>
    public FuzzFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
