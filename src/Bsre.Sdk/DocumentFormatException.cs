namespace Bsre.Sdk;

/// <summary>
/// The input is not a well-formed document of the expected kind: not CMS, truncated, empty,
/// wrongly tagged, or beyond a safety limit. The message names what is wrong.
/// </summary>
public class DocumentFormatException : BsreSdkException
{
    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong with the input.</param>
    /// <param name="innerException">The parser's error, if any.</param>
    public DocumentFormatException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    /// <remarks>The message describes the caller's own document, so it is the problem's detail.</remarks>
    protected internal override BsreProblem ToProblem()
        => CreateProblem(BsreErrorCategory.InvalidInput, 422, "invalid-document", "The document cannot be read", Message);
}
