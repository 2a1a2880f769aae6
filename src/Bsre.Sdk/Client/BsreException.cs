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
public sealed class BsreException : BsreSdkException<BsreErrorCode>
{
    private const string GatewayFailed = "The signing gateway refused the call or gave an unusable answer; the operator can look it up by the request id.";

    /// <summary>Creates the exception with an error code.</summary>
    /// <param name="errorCode">Why the call failed.</param>
    /// <param name="message">What went wrong, naming the operation.</param>
    /// <param name="innerException">The cause, if any.</param>
    public BsreException(BsreErrorCode errorCode, string message, Exception? innerException = null)
        : base(errorCode, message, innerException)
    {
    }

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

    /// <inheritdoc/>
    /// <remarks>
    /// The category follows the <c>bsre</c> contract: a refusal of the signer (passphrase, TOTP, registration,
    /// certificate status, the API credentials, an unrecognised refusal) is <see cref="BsreErrorCategory.Refused"/>; an
    /// unreachable, failing or garbled gateway, or one without the operation or the document, is
    /// <see cref="BsreErrorCategory.Unavailable"/>; a request it rejected as malformed or too large is <see cref="BsreErrorCategory.InvalidInput"/>.
    /// </remarks>
    protected internal override BsreProblem ToProblem()
    {
        (BsreErrorCategory category, int status, string name, string title, string detail) = ErrorCode switch
        {
            BsreErrorCode.InvalidPassphrase => (BsreErrorCategory.Refused, 422, "invalid-passphrase", "The passphrase is wrong", "BSrE refused the signer's passphrase. Enter it again."),
            BsreErrorCode.InvalidTotp => (BsreErrorCategory.Refused, 422, "invalid-totp", "The one-time password is wrong or expired", "Request a new one-time password and try again."),
            BsreErrorCode.UserNotRegistered => (BsreErrorCategory.Refused, 422, "signer-not-registered", "The signer is not registered with BSrE", "The signer has no BSrE certificate on this gateway; register first."),
            BsreErrorCode.CertificateNotActive => (BsreErrorCategory.Refused, 422, "certificate-not-active", "The signer's certificate cannot sign",
                $"The signer's BSrE certificate is not active (status {CertificateStatus?.ToString() ?? "unknown"}); only an issued certificate can sign."),
            BsreErrorCode.DocumentTooLarge => (BsreErrorCategory.InvalidInput, 413, "document-too-large", "The document is too large", "The signing gateway refused the document as too large. Split or compress it."),
            BsreErrorCode.InvalidDocument => (BsreErrorCategory.InvalidInput, 422, "invalid-document", "The document cannot be read",
                "The PDF cannot be signed as it is (the signing gateway cannot read it, or it breaks the gateway's rules). Save it again as a PDF and retry."),
            BsreErrorCode.InvalidRequest => (BsreErrorCategory.InvalidInput, 400, "gateway-rejected-request", "The signing gateway rejected the request", "Check the document and the signature placement."),
            BsreErrorCode.NotFound => (BsreErrorCategory.Unavailable, 404, "not-found", "No such document", "The signing gateway has no such document."),
            BsreErrorCode.Timeout => (BsreErrorCategory.Unavailable, 504, "gateway-timeout", "The signing gateway did not answer in time", "Try again later; check first whether the document was signed."),
            BsreErrorCode.ServiceUnavailable => (BsreErrorCategory.Unavailable, 503, "gateway-unavailable", "The signing gateway is unavailable", "Try again later."),
            BsreErrorCode.NotSupported => (BsreErrorCategory.Unavailable, 501, "not-supported", "The signing gateway does not offer this operation", "This operation is not available on this gateway."),
            BsreErrorCode.InvalidResponse => (BsreErrorCategory.Unavailable, 502, "gateway-error", "The signing gateway failed", GatewayFailed),
            _ => (BsreErrorCategory.Refused, 502, "gateway-error", "The signing gateway failed", GatewayFailed),
        };
        return new BsreProblem(category, status, name, title, detail) { IsTransient = IsTransient, RequestId = RequestId };
    }
}
