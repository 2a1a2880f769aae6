namespace Bsre.Sdk;

/// <summary>Why a call to the BSrE gateway failed; carried by <see cref="BsreSdkException{TErrorCode}.ErrorCode">BsreException.ErrorCode</see>.</summary>
public enum BsreErrorCode
{
    /// <summary>The gateway refused the call for a reason this SDK does not recognise; see <see cref="BsreException.ServiceMessage"/>.</summary>
    Unknown = 0,

    /// <summary>The gateway rejected the request as malformed (HTTP 400 without a known BSrE code).</summary>
    InvalidRequest,

    /// <summary>The gateway refused the Basic credentials (HTTP 401 or 403).</summary>
    Unauthorized,

    /// <summary>The signer (NIK or e-mail) has no BSrE account on this gateway (BSrE code 2011).</summary>
    UserNotRegistered,

    /// <summary>The certificate passphrase is wrong (BSrE code 2031).</summary>
    InvalidPassphrase,

    /// <summary>The one-time password (TOTP) is wrong or expired.</summary>
    InvalidTotp,

    /// <summary>The signer's certificate cannot sign; <see cref="BsreException.CertificateStatus"/> says why.</summary>
    CertificateNotActive,

    /// <summary>The requested document or resource does not exist (HTTP 404).</summary>
    NotFound,

    /// <summary>The call did not complete within the configured timeout.</summary>
    Timeout,

    /// <summary>The gateway could not be reached, reset the connection, or answered HTTP 5xx / 429.</summary>
    ServiceUnavailable,

    /// <summary>The gateway answered with something that is not the expected PDF or JSON (an HTML page, malformed JSON, a non-PDF file).</summary>
    InvalidResponse,

    /// <summary>The gateway does not implement the operation (HTTP 501).</summary>
    NotSupported,

    /// <summary>The gateway refused the document as too large (HTTP 413); sending it again will not help.</summary>
    DocumentTooLarge,

    /// <summary>
    /// The PDF cannot be signed as it is: the gateway's PDF library (iText 5) could not read it (e.g. "Rebuild failed"
    /// for a broken cross-reference table), or a pre-flight check found what the gateway would refuse. Nothing was signed;
    /// sending it again will fail again.
    /// </summary>
    InvalidDocument,
}
