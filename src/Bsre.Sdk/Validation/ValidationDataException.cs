namespace Bsre.Sdk.Validation;

/// <summary>
/// The revocation data a B-LT signature must carry could not be collected: no OCSP responder or
/// CRL distribution point gave a usable answer, or a certificate of the chain is revoked.
/// </summary>
public sealed class ValidationDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ValidationDataException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">Which certificate and why.</param>
    public ValidationDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">Which certificate and why.</param>
    /// <param name="innerException">The cause.</param>
    public ValidationDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
