namespace Bsre.Sdk.Validation;

/// <summary>
/// The revocation data a B-LT signature must carry could not be collected: no OCSP responder or
/// CRL distribution point gave a usable answer, or a certificate of the chain is revoked.
/// </summary>
public sealed class ValidationDataException : BsreSdkException
{
    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">Which certificate and why.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ValidationDataException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    protected internal override BsreProblem ToProblem() => CreateProblem(BsreErrorCategory.Unavailable, 503, "validation-data-unavailable", "Revocation data could not be collected",
        "The OCSP responders and CRL distribution points of the signer's certificates gave no usable answer, or a certificate is revoked; try again later.", isTransient: true);
}
