namespace Bsre.Sdk.Csc;

/// <summary>What went wrong with a Cloud Signature Consortium (CSC API v2) remote signing service, as told by <see cref="BsreSdkException{TErrorCode}.ErrorCode">CscException.ErrorCode</see>.</summary>
/// <remarks>
/// Derived from the service's error body (<c>error</c>, <c>error_description</c>; CSC API v2.0 §10 and the error tables of
/// §11, RFC 6749 §5.2, RFC 6750 §3.1) and the credential's state in <c>credentials/info</c> (§11.5).
/// </remarks>
public enum CscErrorCode
{
    /// <summary>The service refused the call for a reason this SDK does not recognise; see <see cref="CscException.ServiceError"/>.</summary>
    Unknown = 0,

    /// <summary>The service rejected the request as malformed (<c>invalid_request</c> without a more specific description).</summary>
    InvalidRequest,

    /// <summary>The OAuth 2.0 access token is not valid (RFC 6750 <c>invalid_token</c>, HTTP 401): wrong audience, revoked or unknown.</summary>
    AccessTokenInvalid,

    /// <summary>The OAuth 2.0 access token has expired: get a new one (sign the user in again for the authorization code flow).</summary>
    AccessTokenExpired,

    /// <summary>The authorization server refused the application's client credentials or the authorization code (RFC 6749 §5.2).</summary>
    ClientAuthenticationFailed,

    /// <summary>The PIN (or password) given to <c>credentials/authorize</c> is wrong.</summary>
    InvalidPin,

    /// <summary>The one-time password given to <c>credentials/authorize</c> is wrong or expired.</summary>
    InvalidOtp,

    /// <summary>The authentication data is wrong and the service does not say which object (<c>invalid_authentication_data</c>).</summary>
    InvalidAuthenticationData,

    /// <summary>Too many wrong PINs or OTPs: the service has locked the credential (§11.6 Note 29).</summary>
    CredentialLocked,

    /// <summary>The credential's signing key is disabled (<c>key/status</c> <c>disabled</c>).</summary>
    CredentialDisabled,

    /// <summary>The credential's certificate is revoked or suspended (<c>cert/status</c>).</summary>
    CertificateRevoked,

    /// <summary>The credential's certificate has expired (<c>cert/status</c> <c>expired</c>).</summary>
    CertificateExpired,

    /// <summary>The Signature Activation Data expired before all signatures were made: authorize again.</summary>
    SadExpired,

    /// <summary>The service did not accept the Signature Activation Data for these hashes (unknown SAD, or a hash it was not bound to).</summary>
    SadInvalid,

    /// <summary>The credential cannot make the requested signature (its <c>key/algo</c> lacks the scheme, or the authorization mode is not supported).</summary>
    AlgorithmNotSupported,

    /// <summary>The service could not be reached, reset the connection, or answered HTTP 5xx / 429.</summary>
    ServiceUnavailable,

    /// <summary>The call did not complete within <see cref="CscClientOptions.Timeout"/>.</summary>
    Timeout,

    /// <summary>The service answered with something that is not the expected JSON, or a signature that does not verify with the credential's certificate.</summary>
    InvalidResponse,
}
