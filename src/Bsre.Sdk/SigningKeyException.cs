namespace Bsre.Sdk;

/// <summary>
/// A signing key could not be used: a PKCS#12 file with a wrong password or no private key, a
/// certificate without its key, or a key of an unsupported algorithm. The message never contains
/// the password.
/// </summary>
public sealed class SigningKeyException : BsreSdkException
{
    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The cause, if any.</param>
    public SigningKeyException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    /// <remarks>In a web API the key is the server's: its operator must act, and the message (naming the key file) stays in the logs.</remarks>
    protected internal override BsreProblem ToProblem() => CreateProblem(BsreErrorCategory.InvalidInput, 500, "signing-key-unusable", "The server's signing key cannot be used",
        "The service's signing key could not be loaded or used; its operator must check the key file and its password.");
}
