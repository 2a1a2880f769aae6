using System.Net;

namespace Bsre.Sdk.Csc.Internal;

/// <summary>
/// Turns a refused call into a <see cref="CscException"/>: CSC API v2.0 answers 400 with <c>invalid_request</c> and a
/// description fixed by the method's error table (§11), <c>invalid_authentication_data</c> (§11.6) or <c>invalid_otp</c>
/// (§11.10); the resource server answers 401 <c>invalid_token</c> (RFC 6750 §3.1); the token endpoint RFC 6749 §5.2 codes.
/// </summary>
internal static class CscErrors
{
    public static CscException FromResponse(HttpStatusCode status, string? error, string? description, string operation)
    {
        string what = $"The CSC service refused {operation}";
        string told = description is null ? string.Empty : $" ({description})";
        CscException Make(CscErrorCode code, string advice) => new(code, $"{what}{told}. {advice}", error, description);

        if ((int)status >= 500 || status == HttpStatusCode.TooManyRequests)
        {
            return new CscException(CscErrorCode.ServiceUnavailable, $"The CSC service failed {operation} with HTTP {(int)status}{told}. Try again later.", error, description);
        }

        return error switch
        {
            "invalid_token" or null when status == HttpStatusCode.Unauthorized => Says(description, "expired")
                ? Make(CscErrorCode.AccessTokenExpired, "The access token has expired: obtain a new one (sign in again).")
                : Make(CscErrorCode.AccessTokenInvalid, "The access token is not valid for this service."),
            "invalid_token" => Make(CscErrorCode.AccessTokenInvalid, "The access token is not valid for this service."),
            "invalid_client" or "unauthorized_client" or "invalid_grant" or "access_denied" =>
                Make(CscErrorCode.ClientAuthenticationFailed, "Check the OAuth 2.0 client id and secret, or sign in again."),
            "invalid_pin" => Make(CscErrorCode.InvalidPin, "Enter the PIN again."),
            "invalid_otp" => Make(CscErrorCode.InvalidOtp, "Request a new one-time password and try again."),
            "invalid_authentication_data" => Says(description, "OTP") ? Make(CscErrorCode.InvalidOtp, "Request a new one-time password and try again.")
                : Says(description, "PIN") ? Make(CscErrorCode.InvalidPin, "Enter the PIN again.")
                : Make(CscErrorCode.InvalidAuthenticationData, "Enter the PIN and one-time password again."),
            _ when Says(description, "SAD") && Says(description, "expired") => Make(CscErrorCode.SadExpired, "Authorize the signatures again."),
            _ when Says(description, "SAD") => Make(CscErrorCode.SadInvalid, "Authorize the signatures again."),
            _ when Says(description, "locked") => Make(CscErrorCode.CredentialLocked, "The credential's provider must unlock it."),
            _ when Says(description, "disabled") => Make(CscErrorCode.CredentialDisabled, "Use another credential."),
            _ when Says(description, "revoked") || Says(description, "suspended") => Make(CscErrorCode.CertificateRevoked, "Use another credential."),
            _ when Says(description, "expired") => Make(CscErrorCode.CertificateExpired, "Use another credential."),
            "invalid_request" => Make(CscErrorCode.InvalidRequest, "Check the request."),
            _ => Make(CscErrorCode.Unknown, "See the service's error."),
        };
    }

    public static CscException InvalidResponse(string operation, string problem, Exception? inner = null) =>
        new(CscErrorCode.InvalidResponse, $"The CSC service gave an unusable answer to {operation}: {problem}.", innerException: inner);

    private static bool Says(string? description, string word) => description?.Contains(word, StringComparison.OrdinalIgnoreCase) == true;
}
