namespace Bsre.Sdk;

/// <summary>
/// The input is not a well-formed document of the expected kind: not CMS, truncated, empty,
/// wrongly tagged, or beyond a safety limit. The message names what is wrong.
/// </summary>
public class DocumentFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong with the input.</param>
    public DocumentFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong with the input.</param>
    /// <param name="innerException">The parser's error.</param>
    public DocumentFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
