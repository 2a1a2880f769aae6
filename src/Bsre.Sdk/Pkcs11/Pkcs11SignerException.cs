namespace Bsre.Sdk.Pkcs11;

/// <summary>
/// A PKCS#11 token or HSM could not sign: the module, token, key or certificate is missing, the PIN was refused or is
/// locked, or the token failed. The message never contains the PIN.
/// </summary>
public sealed class Pkcs11SignerException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Pkcs11SignerException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    public Pkcs11SignerException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public Pkcs11SignerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with its code.</summary>
    /// <param name="errorCode">What went wrong.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The cause, if any.</param>
    public Pkcs11SignerException(Pkcs11ErrorCode errorCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
    }

    /// <summary>Gets what went wrong (<see cref="Pkcs11ErrorCode.TokenError"/> when not set).</summary>
    public Pkcs11ErrorCode ErrorCode { get; } = Pkcs11ErrorCode.TokenError;
}
