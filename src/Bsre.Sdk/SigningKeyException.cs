namespace Bsre.Sdk;

/// <summary>
/// A signing key could not be used: a PKCS#12 file with a wrong password or no private key, a
/// certificate without its key, or a key of an unsupported algorithm. The message never contains
/// the password.
/// </summary>
public sealed class SigningKeyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SigningKeyException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    public SigningKeyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public SigningKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
