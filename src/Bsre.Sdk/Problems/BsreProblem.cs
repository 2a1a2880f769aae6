using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Usage;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk;

/// <summary>
/// What a web API should answer for an SDK exception, as the fields of an RFC 9457 problem: the HTTP status, a stable
/// type URI, a title and a detail. Every field is safe to show to the caller of the API: no passphrase, TOTP, NIK,
/// password, server path or internal gateway URL (those stay in the exception and the logs).
/// </summary>
/// <remarks>
/// Plain .NET types, so that the SDK does not bring ASP.NET Core to every application: an ASP.NET Core app copies these
/// fields into a <c>ProblemDetails</c> from its <c>IExceptionHandler</c> (see <c>samples/AspNetCore</c> and
/// <c>docs/aspnetcore.md</c>). The type URIs are <c>urn:bsre-sdk:problem:NAME</c>, documented in that file.
/// </remarks>
public sealed class BsreProblem
{
    private const string TypePrefix = "urn:bsre-sdk:problem:";

    internal BsreProblem(int status, string name, string title, string detail)
    {
        Status = status;
        Type = TypePrefix + name;
        Title = title;
        Detail = detail;
    }

    /// <summary>Gets the HTTP status code to answer with (4xx: the caller or signer must change something; 5xx: the server or an upstream service failed).</summary>
    public int Status { get; }

    /// <summary>Gets the problem type, a URI such as <c>urn:bsre-sdk:problem:invalid-passphrase</c> that clients can branch on.</summary>
    public string Type { get; }

    /// <summary>Gets a short summary of the problem type; the same for every occurrence of the type.</summary>
    public string Title { get; }

    /// <summary>Gets what happened in this occurrence and what to do, in words safe to show to the API's caller.</summary>
    public string Detail { get; }

    /// <summary>Gets whether the same request may succeed later (an upstream service was unavailable or slow).</summary>
    public bool IsTransient { get; internal init; }

    /// <summary>Gets the BSrE gateway request id to quote to support, or <see langword="null"/>.</summary>
    public string? RequestId { get; private init; }

    /// <summary>
    /// Maps an exception thrown by the SDK (<see cref="BsreException"/>, <see cref="DocumentFormatException"/>,
    /// <see cref="SigningKeyException"/>, <see cref="TimestampException"/>, <see cref="ValidationDataException"/>,
    /// <see cref="UsageLogFormatException"/>, and every <see cref="BsreSdkException"/>, such as <see cref="Csc.CscException"/> and <c>PdfPasswordException</c> of Bsre.Sdk.Pdf) to its problem.
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The problem, or <see langword="null"/> when the exception is not one of the SDK's (leave it to the host's default handling).</returns>
    public static BsreProblem? FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            BsreException bsre => FromGateway(bsre),
            DocumentFormatException => new(422, "invalid-document", "The document cannot be read", exception.Message),
            BsreSdkException sdk => sdk.ToProblem(),
            SigningKeyException => new(500, "signing-key-unusable", "The server's signing key cannot be used",
                "The service's signing key could not be loaded or used; its operator must check the key file and its password."),
            TimestampException timestamp => new(timestamp.IsTransient ? 503 : 502, "timestamp-failed", "No timestamp could be obtained",
                "The timestamp authority did not give a usable timestamp" + (timestamp.IsTransient ? "; try again later." : ".")) { IsTransient = timestamp.IsTransient },
            ValidationDataException => new(503, "validation-data-unavailable", "Revocation data could not be collected",
                "The OCSP responders and CRL distribution points of the signer's certificates gave no usable answer, or a certificate is revoked; try again later.") { IsTransient = true },
            UsageLogFormatException => new(500, "usage-log-invalid", "The usage log cannot be read", "The service's usage log is malformed; its operator must repair it."),
            _ => null,
        };
    }

    private static BsreProblem FromGateway(BsreException e)
    {
        (int status, string name, string title, string detail) = e.ErrorCode switch
        {
            BsreErrorCode.InvalidPassphrase => (422, "invalid-passphrase", "The passphrase is wrong", "BSrE refused the signer's passphrase. Enter it again."),
            BsreErrorCode.InvalidTotp => (422, "invalid-totp", "The one-time password is wrong or expired", "Request a new one-time password and try again."),
            BsreErrorCode.UserNotRegistered => (422, "signer-not-registered", "The signer is not registered with BSrE", "The signer has no BSrE certificate on this gateway; register first."),
            BsreErrorCode.CertificateNotActive => (422, "certificate-not-active", "The signer's certificate cannot sign",
                $"The signer's BSrE certificate is not active (status {e.CertificateStatus?.ToString() ?? "unknown"}); only an issued certificate can sign."),
            BsreErrorCode.DocumentTooLarge => (413, "document-too-large", "The document is too large", "The signing gateway refused the document as too large. Split or compress it."),
            BsreErrorCode.InvalidDocument => (422, "invalid-document", "The document cannot be read",
                "The PDF cannot be signed as it is (the signing gateway cannot read it, or it breaks the gateway's rules). Save it again as a PDF and retry."),
            BsreErrorCode.InvalidRequest => (400, "gateway-rejected-request", "The signing gateway rejected the request", "Check the document and the signature placement."),
            BsreErrorCode.NotFound => (404, "not-found", "No such document", "The signing gateway has no such document."),
            BsreErrorCode.Timeout => (504, "gateway-timeout", "The signing gateway did not answer in time", "Try again later; check first whether the document was signed."),
            BsreErrorCode.ServiceUnavailable => (503, "gateway-unavailable", "The signing gateway is unavailable", "Try again later."),
            BsreErrorCode.NotSupported => (501, "not-supported", "The signing gateway does not offer this operation", "This operation is not available on this gateway."),
            _ => (502, "gateway-error", "The signing gateway failed", "The signing gateway refused the call or gave an unusable answer; the operator can look it up by the request id."),
        };
        return new BsreProblem(status, name, title, detail) { IsTransient = e.IsTransient, RequestId = e.RequestId };
    }
}
