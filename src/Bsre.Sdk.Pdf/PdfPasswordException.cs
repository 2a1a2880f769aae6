namespace Bsre.Sdk.Pdf;

/// <summary>
/// An encrypted PDF could not be opened or changed with the password given: the password is wrong, a
/// user password is needed, or the file's permissions forbid the change and the owner password was not
/// given. The message never contains the password.
/// </summary>
public sealed class PdfPasswordException : BsreSdkException
{
    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The cause, if any.</param>
    public PdfPasswordException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    protected override BsreProblem ToProblem() => CreateProblem(BsreErrorCategory.InvalidInput, 422, "pdf-password", "The PDF's password is missing or wrong", Message);
}
