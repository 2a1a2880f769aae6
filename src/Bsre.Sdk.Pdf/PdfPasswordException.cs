namespace Bsre.Sdk.Pdf;

/// <summary>
/// An encrypted PDF could not be opened or changed with the password given: the password is wrong, a
/// user password is needed, or the file's permissions forbid the change and the owner password was not
/// given. The message never contains the password.
/// </summary>
public sealed class PdfPasswordException : BsreSdkException
{
    /// <summary>Creates the exception.</summary>
    public PdfPasswordException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    public PdfPasswordException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public PdfPasswordException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    protected override BsreProblem ToProblem() => Problem(422, "pdf-password", "The PDF's password is missing or wrong", Message);
}
