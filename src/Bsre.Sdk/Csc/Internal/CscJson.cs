using System.Text.Json.Serialization;

namespace Bsre.Sdk.Csc.Internal;

// The wire forms of CSC API v2.0 §11 (and RFC 6749 §5 for the token endpoint), serialised by the source generator (no reflection: Native AOT).

internal sealed record CscEmptyRequest;

internal sealed record CscErrorBody(
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("error_description")] string? Description);

internal sealed record CscInfoResponse(
    [property: JsonPropertyName("specs")] string? Specs,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("region")] string? Region,
    [property: JsonPropertyName("lang")] string? Lang,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("authType")] string[]? AuthTypes,
    [property: JsonPropertyName("oauth2")] string? OAuth2,
    [property: JsonPropertyName("methods")] string[]? Methods);

internal sealed record CscListRequest([property: JsonPropertyName("maxResults")] int MaxResults);

internal sealed record CscListResponse(
    [property: JsonPropertyName("credentialIDs")] string[]? CredentialIds,
    [property: JsonPropertyName("nextPageToken")] string? NextPageToken);

internal sealed record CscListPageRequest(
    [property: JsonPropertyName("maxResults")] int MaxResults,
    [property: JsonPropertyName("pageToken")] string PageToken);

internal sealed record CscInfoRequest(
    [property: JsonPropertyName("credentialID")] string CredentialId,
    [property: JsonPropertyName("certificates")] string Certificates,
    [property: JsonPropertyName("certInfo")] bool CertInfo,
    [property: JsonPropertyName("authInfo")] bool AuthInfo);

internal sealed record CscCredentialResponse(
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("key")] CscKeyBody? Key,
    [property: JsonPropertyName("cert")] CscCertBody? Cert,
    [property: JsonPropertyName("auth")] CscAuthBody? Auth,
    [property: JsonPropertyName("SCAL")] string? Scal,
    [property: JsonPropertyName("multisign")] int? Multisign);

internal sealed record CscKeyBody(
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("algo")] string[]? Algorithms,
    [property: JsonPropertyName("len")] int? Length,
    [property: JsonPropertyName("curve")] string? Curve);

internal sealed record CscCertBody(
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("certificates")] string[]? Certificates);

internal sealed record CscAuthBody(
    [property: JsonPropertyName("mode")] string? Mode,
    [property: JsonPropertyName("objects")] CscAuthObjectBody[]? Objects);

internal sealed record CscAuthObjectBody(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("id")] string? Id);

internal sealed record CscChallengeRequest(
    [property: JsonPropertyName("credentialID")] string CredentialId,
    [property: JsonPropertyName("authObjectID")] string AuthObjectId);

internal sealed record CscChallengeResponse([property: JsonPropertyName("challenge")] string? Challenge);

internal sealed record CscAuthDataBody(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("value")] string Value);

internal sealed record CscAuthorizeRequest(
    [property: JsonPropertyName("credentialID")] string CredentialId,
    [property: JsonPropertyName("numSignatures")] int NumSignatures,
    [property: JsonPropertyName("hashes")] string[] Hashes,
    [property: JsonPropertyName("hashAlgorithmOID")] string HashAlgorithmOid,
    [property: JsonPropertyName("authData")] CscAuthDataBody[]? AuthData,
    [property: JsonPropertyName("description")] string? Description);

internal sealed record CscAuthorizeResponse(
    [property: JsonPropertyName("SAD")] string? Sad,
    [property: JsonPropertyName("expiresIn")] int? ExpiresIn);

internal sealed record CscSignHashRequest(
    [property: JsonPropertyName("credentialID")] string CredentialId,
    [property: JsonPropertyName("SAD")] string Sad,
    [property: JsonPropertyName("hashes")] string[] Hashes,
    [property: JsonPropertyName("hashAlgorithmOID")] string? HashAlgorithmOid,
    [property: JsonPropertyName("signAlgo")] string SignAlgorithm,
    [property: JsonPropertyName("signAlgoParams")] string? SignAlgorithmParameters);

internal sealed record CscSignHashResponse([property: JsonPropertyName("signatures")] string[]? Signatures);

internal sealed record CscTokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("token_type")] string? TokenType,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CscEmptyRequest))]
[JsonSerializable(typeof(CscErrorBody))]
[JsonSerializable(typeof(CscInfoResponse))]
[JsonSerializable(typeof(CscListRequest))]
[JsonSerializable(typeof(CscListPageRequest))]
[JsonSerializable(typeof(CscListResponse))]
[JsonSerializable(typeof(CscInfoRequest))]
[JsonSerializable(typeof(CscCredentialResponse))]
[JsonSerializable(typeof(CscChallengeRequest))]
[JsonSerializable(typeof(CscChallengeResponse))]
[JsonSerializable(typeof(CscAuthorizeRequest))]
[JsonSerializable(typeof(CscAuthorizeResponse))]
[JsonSerializable(typeof(CscSignHashRequest))]
[JsonSerializable(typeof(CscSignHashResponse))]
[JsonSerializable(typeof(CscTokenResponse))]
internal sealed partial class CscJsonContext : JsonSerializerContext;
