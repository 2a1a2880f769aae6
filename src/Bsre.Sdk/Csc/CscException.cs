namespace Bsre.Sdk.Csc;

/// <summary>
/// A CSC remote signing service refused or failed a call. <see cref="ErrorCode"/> says what to do; the service's own
/// <c>error</c> and <c>error_description</c> are kept for support. The message never contains a PIN, OTP, access token or SAD.
/// </summary>
public sealed class CscException : BsreSdkException
{
    /// <summary>Creates the exception.</summary>
    public CscException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    public CscException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public CscException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with its code and the service's error.</summary>
    /// <param name="errorCode">What went wrong.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="serviceError">The <c>error</c> of the service's answer, if any.</param>
    /// <param name="serviceDescription">The <c>error_description</c> of the service's answer, if any.</param>
    /// <param name="innerException">The cause, if any.</param>
    public CscException(CscErrorCode errorCode, string message, string? serviceError = null, string? serviceDescription = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
        ServiceError = serviceError;
        ServiceDescription = serviceDescription;
    }

    /// <summary>Gets what went wrong (<see cref="CscErrorCode.Unknown"/> when not set).</summary>
    public CscErrorCode ErrorCode { get; }

    /// <summary>Gets the service's <c>error</c> code (e.g. <c>invalid_request</c>), or <see langword="null"/>.</summary>
    public string? ServiceError { get; }

    /// <summary>Gets the service's <c>error_description</c>, or <see langword="null"/>.</summary>
    public string? ServiceDescription { get; }

    /// <summary>Gets whether the same call may succeed later (the service was unavailable or slow).</summary>
    public bool IsTransient => ErrorCode is CscErrorCode.ServiceUnavailable or CscErrorCode.Timeout;

    /// <inheritdoc/>
    protected internal override BsreProblem ToProblem()
    {
        (int status, string name, string title, string detail) = ErrorCode switch
        {
            CscErrorCode.InvalidPin => (422, "invalid-pin", "The PIN is wrong", "The remote signing service refused the PIN. Enter it again."),
            CscErrorCode.InvalidOtp => (422, "invalid-otp", "The one-time password is wrong or expired", "Request a new one-time password and try again."),
            CscErrorCode.InvalidAuthenticationData => (422, "invalid-authentication-data", "The PIN or one-time password is wrong", "The remote signing service refused the authentication data. Enter it again."),
            CscErrorCode.CredentialLocked => (422, "credential-locked", "The signing credential is locked", "Too many wrong attempts: the remote signing service locked the credential; its provider must unlock it."),
            CscErrorCode.CredentialDisabled => (422, "credential-disabled", "The signing credential is disabled", "The remote signing service has disabled this signing key."),
            CscErrorCode.CertificateRevoked => (422, "certificate-revoked", "The signing certificate is revoked", "The certificate of the remote signing credential is revoked or suspended; it cannot sign."),
            CscErrorCode.CertificateExpired => (422, "certificate-expired", "The signing certificate has expired", "The certificate of the remote signing credential has expired; it cannot sign."),
            CscErrorCode.SadExpired => (422, "signature-authorization-expired", "The signature authorization expired", "Authorize the signatures again (PIN and one-time password)."),
            CscErrorCode.AccessTokenExpired => (401, "remote-signing-session-expired", "The remote signing session expired", "Sign in to the remote signing service again."),
            CscErrorCode.AlgorithmNotSupported => (422, "algorithm-not-supported", "The signing credential cannot make this signature", "The remote signing credential does not offer the signature algorithm this document needs."),
            CscErrorCode.ServiceUnavailable => (503, "remote-signing-unavailable", "The remote signing service is unavailable", "Try again later."),
            CscErrorCode.Timeout => (504, "remote-signing-timeout", "The remote signing service did not answer in time", "Try again later."),
            _ => (502, "remote-signing-failed", "The remote signing service failed", "The remote signing service refused the call or gave an unusable answer; its operator can look it up."),
        };
        return Problem(status, name, title, detail, IsTransient);
    }
}
