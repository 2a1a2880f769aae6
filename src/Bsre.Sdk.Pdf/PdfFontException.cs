namespace Bsre.Sdk.Pdf;

/// <summary>
/// The font given for a visible signature's text cannot be used: it is not a TrueType font (or an OpenType font with
/// TrueType outlines), it is corrupt, its licence forbids embedding, or it has no glyph for a character of the text.
/// The message names what is wrong. A <see cref="DocumentFormatException"/>, so callers that map bad input already map it.
/// </summary>
public sealed class PdfFontException : DocumentFormatException
{
    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong with the font.</param>
    /// <param name="innerException">The cause, if any.</param>
    public PdfFontException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
