namespace Bsre.Sdk.Pkcs11;

/// <summary>
/// A PKCS#11 token or HSM could not sign: the module, token, key or certificate is missing, the PIN was refused or is
/// locked, or the token failed. The message never contains the PIN.
/// </summary>
public sealed class Pkcs11SignerException : BsreSdkException<Pkcs11ErrorCode>
{
    /// <summary>Creates the exception with its code.</summary>
    /// <param name="errorCode">What went wrong.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The cause, if any.</param>
    public Pkcs11SignerException(Pkcs11ErrorCode errorCode, string message, Exception? innerException = null)
        : base(errorCode, message, innerException)
    {
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The token is the server's: its operator must act, and the module path, slot and key label stay in the message, for
    /// the logs. The category follows the <c>bsre</c> contract: a refused, locked or expired PIN is
    /// <see cref="BsreErrorCategory.Refused"/>; a missing module, token, key or certificate <see cref="BsreErrorCategory.NotFound"/>.
    /// </remarks>
    protected internal override BsreProblem ToProblem()
    {
        (BsreErrorCategory category, int status) = ErrorCode switch
        {
            Pkcs11ErrorCode.PinIncorrect or Pkcs11ErrorCode.PinLocked or Pkcs11ErrorCode.PinExpired => (BsreErrorCategory.Refused, 500),
            Pkcs11ErrorCode.ModuleNotFound or Pkcs11ErrorCode.TokenNotFound or Pkcs11ErrorCode.KeyNotFound or Pkcs11ErrorCode.CertificateNotFound => (BsreErrorCategory.NotFound, 500),
            Pkcs11ErrorCode.KeyAmbiguous => (BsreErrorCategory.Configuration, 500),
            Pkcs11ErrorCode.MechanismNotSupported => (BsreErrorCategory.InvalidInput, 500),
            _ => (BsreErrorCategory.Unavailable, 503),
        };
        return CreateProblem(category, status, "signing-key-unusable", "The server's signing key cannot be used",
            "The service's signing token or HSM could not sign; its operator must check the token, its PIN and its key.", isTransient: status == 503);
    }
}
