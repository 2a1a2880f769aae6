namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// A PDF exceeded one of the <see cref="PdfLimits"/>. The validator throws it as the
/// <see cref="Exception.InnerException"/> of a <see cref="DocumentFormatException"/>, so callers that
/// handle bad input need one catch; <see cref="Limit"/> names the limit.
/// </summary>
public sealed class PdfLimitException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PdfLimitException()
    {
        Limit = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What exceeded the limit.</param>
    public PdfLimitException(string message)
        : base(message)
    {
        Limit = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What exceeded the limit.</param>
    /// <param name="innerException">The cause.</param>
    public PdfLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
        Limit = string.Empty;
    }

    /// <summary>Gets the name of the <see cref="PdfLimits"/> property that was exceeded.</summary>
    public string Limit { get; private init; }

    /// <summary>Makes the <see cref="DocumentFormatException"/> to throw for an exceeded limit.</summary>
    /// <param name="limit">The <see cref="PdfLimits"/> property name.</param>
    /// <param name="detail">What exceeded it.</param>
    /// <returns>The exception to throw.</returns>
    internal static DocumentFormatException Create(string limit, string detail)
        => new($"The PDF exceeds the validation limit {limit}: {detail}.", new PdfLimitException(detail) { Limit = limit });
}
