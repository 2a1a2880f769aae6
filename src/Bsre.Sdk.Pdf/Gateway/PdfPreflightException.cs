namespace Bsre.Sdk.Pdf;

/// <summary>A PDF failed the pre-flight check before the gateway: <see cref="Problem"/> says what, the message says where.</summary>
public sealed class PdfPreflightException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PdfPreflightException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public PdfPreflightException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public PdfPreflightException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a problem.</summary>
    /// <param name="problem">What is wrong.</param>
    /// <param name="message">What is wrong and where, and what to do.</param>
    /// <param name="innerException">The cause, if any.</param>
    public PdfPreflightException(PdfPreflightProblem problem, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Problem = problem;
    }

    /// <summary>Gets what is wrong.</summary>
    public PdfPreflightProblem Problem { get; }
}
