using System.Net;
using Bsre.Sdk.Csc;
using Bsre.Sdk.Csc.Internal;

namespace Bsre.Sdk.Tests.Csc;

/// <summary>The CSC error bodies of CSC API v2.0 §11's error tables, RFC 6749 §5.2 and RFC 6750 §3.1 map to distinct codes.</summary>
public sealed class CscErrorsTests
{
    [Theory]
    [InlineData(400, "invalid_request", "The credential identified by credentialID is disabled", CscErrorCode.CredentialDisabled)]
    [InlineData(400, "invalid_request", "Credential locked", CscErrorCode.CredentialLocked)]
    [InlineData(400, "invalid_request", "Signing certificate is expired", CscErrorCode.CertificateExpired)]
    [InlineData(400, "invalid_request", "Signing certificate is revoked", CscErrorCode.CertificateRevoked)]
    [InlineData(400, "invalid_request", "SAD expired", CscErrorCode.SadExpired)]
    [InlineData(400, "invalid_request", "Invalid parameter SAD", CscErrorCode.SadInvalid)]
    [InlineData(400, "invalid_request", "Hash is not authorized by the SAD", CscErrorCode.SadInvalid)]
    [InlineData(400, "invalid_request", "Invalid parameter credentialID", CscErrorCode.InvalidRequest)]
    [InlineData(400, "invalid_authentication_data", "The authentication data is invalid", CscErrorCode.InvalidAuthenticationData)]
    [InlineData(400, "invalid_authentication_data", "The OTP is invalid", CscErrorCode.InvalidOtp)]
    [InlineData(400, "invalid_authentication_data", "The PIN is invalid", CscErrorCode.InvalidPin)]
    [InlineData(400, "invalid_otp", "The OTP is invalid", CscErrorCode.InvalidOtp)]
    [InlineData(401, "invalid_token", "The access token expired", CscErrorCode.AccessTokenExpired)]
    [InlineData(401, "invalid_token", "The access or refresh token is expired or has been revoked", CscErrorCode.AccessTokenExpired)]
    [InlineData(401, "invalid_token", "The access token is not valid", CscErrorCode.AccessTokenInvalid)]
    [InlineData(401, null, null, CscErrorCode.AccessTokenInvalid)]
    [InlineData(401, "invalid_client", "Client authentication failed", CscErrorCode.ClientAuthenticationFailed)]
    [InlineData(400, "invalid_grant", "Invalid or expired authorization code", CscErrorCode.ClientAuthenticationFailed)]
    [InlineData(503, "server_error", "The remote service encountered an unexpected condition", CscErrorCode.ServiceUnavailable)]
    [InlineData(429, null, null, CscErrorCode.ServiceUnavailable)]
    [InlineData(400, "unheard_of", "Something new", CscErrorCode.Unknown)]
    public void Each_service_error_maps_to_its_code(int status, string? error, string? description, CscErrorCode expected)
    {
        CscException exception = CscErrors.FromResponse((HttpStatusCode)status, error, description, "credentials/authorize");

        Assert.Equal(expected, exception.ErrorCode);
        Assert.Equal(error, exception.ServiceError);
        Assert.Equal(expected is CscErrorCode.ServiceUnavailable, exception.IsTransient);
    }

    [Theory]
    [InlineData(CscErrorCode.InvalidPin, 422, "invalid-pin")]
    [InlineData(CscErrorCode.CertificateRevoked, 422, "certificate-revoked")]
    [InlineData(CscErrorCode.SadExpired, 422, "signature-authorization-expired")]
    [InlineData(CscErrorCode.ServiceUnavailable, 503, "remote-signing-unavailable")]
    [InlineData(CscErrorCode.AccessTokenInvalid, 502, "remote-signing-failed")]
    public void Each_code_has_its_problem(CscErrorCode code, int status, string name)
    {
        BsreProblem problem = BsreProblem.FromException(new CscException(code, "The CSC service refused credentials/authorize."))!;

        Assert.Equal(status, problem.Status);
        Assert.Equal("urn:bsre-sdk:problem:" + name, problem.Type);
        Assert.Equal(code is CscErrorCode.ServiceUnavailable, problem.IsTransient);
    }
}
