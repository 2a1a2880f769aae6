namespace Bsre.Sdk.Csc;

/// <summary>
/// A CSC remote signing service refused or failed a call. <see cref="BsreSdkException{TErrorCode}.ErrorCode"/> says what to do; the service's own
/// <c>error</c> and <c>error_description</c> are kept for support. The message never contains a PIN, OTP, access token or SAD.
/// </summary>
public sealed class CscException : BsreSdkException<CscErrorCode>
{
    /// <summary>Creates the exception with its code and the service's error.</summary>
    /// <param name="errorCode">What went wrong.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="serviceError">The <c>error</c> of the service's answer, if any.</param>
    /// <param name="serviceDescription">The <c>error_description</c> of the service's answer, if any.</param>
    /// <param name="innerException">The cause, if any.</param>
    public CscException(CscErrorCode errorCode, string message, string? serviceError = null, string? serviceDescription = null, Exception? innerException = null)
        : base(errorCode, message, innerException)
    {
        ServiceError = serviceError;
        ServiceDescription = serviceDescription;
    }

    /// <summary>Gets the service's <c>error</c> code (e.g. <c>invalid_request</c>), or <see langword="null"/>.</summary>
    public string? ServiceError { get; }

    /// <summary>Gets the service's <c>error_description</c>, or <see langword="null"/>.</summary>
    public string? ServiceDescription { get; }

    /// <summary>Gets whether the same call may succeed later (the service was unavailable or slow).</summary>
    public bool IsTransient => ErrorCode is CscErrorCode.ServiceUnavailable or CscErrorCode.Timeout;

    /// <inheritdoc/>
    protected internal override BsreProblem ToProblem()
    {
        (BsreErrorCategory category, int status, string name, string title, string detail) = ErrorCode switch
        {
            CscErrorCode.InvalidPin => (BsreErrorCategory.Refused, 422, "invalid-pin", "The PIN is wrong", "The remote signing service refused the PIN. Enter it again."),
            CscErrorCode.InvalidOtp => (BsreErrorCategory.Refused, 422, "invalid-otp", "The one-time password is wrong or expired", "Request a new one-time password and try again."),
            CscErrorCode.InvalidAuthenticationData => (BsreErrorCategory.Refused, 422, "invalid-authentication-data", "The PIN or one-time password is wrong", "The remote signing service refused the authentication data. Enter it again."),
            CscErrorCode.CredentialLocked => (BsreErrorCategory.Refused, 422, "credential-locked", "The signing credential is locked", "Too many wrong attempts: the remote signing service locked the credential; its provider must unlock it."),
            CscErrorCode.CredentialDisabled => (BsreErrorCategory.Refused, 422, "credential-disabled", "The signing credential is disabled", "The remote signing service has disabled this signing key."),
            CscErrorCode.CertificateRevoked => (BsreErrorCategory.Refused, 422, "certificate-revoked", "The signing certificate is revoked", "The certificate of the remote signing credential is revoked or suspended; it cannot sign."),
            CscErrorCode.CertificateExpired => (BsreErrorCategory.Refused, 422, "certificate-expired", "The signing certificate has expired", "The certificate of the remote signing credential has expired; it cannot sign."),
            CscErrorCode.SadExpired => (BsreErrorCategory.Refused, 422, "signature-authorization-expired", "The signature authorization expired", "Authorize the signatures again (PIN and one-time password)."),
            CscErrorCode.AccessTokenExpired => (BsreErrorCategory.Refused, 401, "remote-signing-session-expired", "The remote signing session expired", "Sign in to the remote signing service again."),
            CscErrorCode.AlgorithmNotSupported => (BsreErrorCategory.InvalidInput, 422, "algorithm-not-supported", "The signing credential cannot make this signature", "The remote signing credential does not offer the signature algorithm this document needs."),
            CscErrorCode.ServiceUnavailable => (BsreErrorCategory.Unavailable, 503, "remote-signing-unavailable", "The remote signing service is unavailable", "Try again later."),
            CscErrorCode.Timeout => (BsreErrorCategory.Unavailable, 504, "remote-signing-timeout", "The remote signing service did not answer in time", "Try again later."),
            _ => (BsreErrorCategory.Unavailable, 502, "remote-signing-failed", "The remote signing service failed", "The remote signing service refused the call or gave an unusable answer; its operator can look it up."),
        };
        return CreateProblem(category, status, name, title, detail, IsTransient);
    }
}
