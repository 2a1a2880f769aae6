namespace Bsre.Sdk;

/// <summary>
/// The base of the SDK exceptions that carry a code saying what went wrong (<see cref="ErrorCode"/>): one constructor
/// and one property name for all of them, so a caller branches on <c>ErrorCode</c> whichever exception it caught.
/// </summary>
/// <typeparam name="TErrorCode">The exception's enumeration of what can go wrong.</typeparam>
public abstract class BsreSdkException<TErrorCode> : BsreSdkException
    where TErrorCode : struct, Enum
{
    /// <summary>Creates the exception with its code, a message and its cause.</summary>
    /// <param name="errorCode">What went wrong.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected BsreSdkException(TErrorCode errorCode, string message, Exception? innerException)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
    }

    /// <summary>Gets what went wrong.</summary>
    public TErrorCode ErrorCode { get; }
}
