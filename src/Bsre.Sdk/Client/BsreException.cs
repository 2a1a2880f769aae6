using Bsre.Sdk.Client;

namespace Bsre.Sdk;

/// <summary>
/// A call to the BSrE gateway failed: it could not be sent, timed out, was refused, or was answered with something
/// unusable. The message names the operation and never contains a passphrase, TOTP or NIK.
/// </summary>
/// <remarks>
/// <see cref="IsTransient"/> says a later attempt may succeed. Sign and seal calls are never retried automatically:
/// after a transient failure the gateway may still have signed, so reconcile (verify or download) before signing again.
/// </remarks>
public sealed class BsreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BsreException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public BsreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public BsreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with an error code.</summary>
    /// <param name="errorCode">Why the call failed.</param>
    /// <param name="message">What went wrong, naming the operation.</param>
    /// <param name="innerException">The cause, if any.</param>
    public BsreException(BsreErrorCode errorCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
    }

    /// <summary>Gets why the call failed.</summary>
    public BsreErrorCode ErrorCode { get; init; }

    /// <summary>Gets the HTTP status code of the gateway's answer, or <see langword="null"/> when there was none.</summary>
    public int? Status { get; init; }

    /// <summary>Gets the gateway's own error code as it sent it (e.g. <c>2031</c>), or <see langword="null"/>.</summary>
    public string? ServiceCode { get; init; }

    /// <summary>Gets the gateway's error message (secrets and NIK-like numbers removed), or <see langword="null"/>.</summary>
    public string? ServiceMessage { get; init; }

    /// <summary>Gets whether trying again later may succeed (timeouts, unreachable gateway, HTTP 5xx).</summary>
    public bool IsTransient { get; init; }

    /// <summary>Gets the request id sent as <c>X-Request-Id</c> (or the gateway's own), to quote to support.</summary>
    public string? RequestId { get; init; }

    /// <summary>Gets the certificate status for <see cref="BsreErrorCode.CertificateNotActive"/>, else <see langword="null"/>.</summary>
    public CertificateStatus? CertificateStatus { get; init; }
}
