namespace Bsre.Sdk.Pdf;

/// <summary>A PDF failed the pre-flight check before the gateway: <see cref="BsreSdkException{TErrorCode}.ErrorCode"/> says what, the message says where.</summary>
public sealed class PdfPreflightException : BsreSdkException<PdfPreflightProblem>
{
    /// <summary>Creates the exception for a problem.</summary>
    /// <param name="problem">What is wrong.</param>
    /// <param name="message">What is wrong and where, and what to do.</param>
    /// <param name="innerException">The cause, if any.</param>
    public PdfPreflightException(PdfPreflightProblem problem, string message, Exception? innerException = null)
        : base(problem, message, innerException)
    {
    }

    /// <inheritdoc/>
    /// <remarks>The message describes the caller's own document, so it is the problem's detail.</remarks>
    protected override BsreProblem ToProblem() => CreateProblem(BsreErrorCategory.InvalidInput, ErrorCode == PdfPreflightProblem.TooLarge ? 413 : 422,
        ErrorCode == PdfPreflightProblem.TooLarge ? "document-too-large" : "invalid-document", "The PDF cannot be signed as it is", "The PDF cannot be signed: " + Message);
}
