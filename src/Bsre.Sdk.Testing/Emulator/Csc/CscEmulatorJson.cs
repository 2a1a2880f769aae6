using System.Text.Json.Serialization;

namespace Bsre.Sdk.Testing.Emulator.Csc;

// The answers of the emulator's CSC API v2.0 endpoints (§11) and OAuth 2.0 token endpoint (RFC 6749 §5), written by the source generator.
internal sealed record CscErrorAnswer(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string Description);

internal sealed record CscTokenAnswer(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken);

internal sealed record CscInfoAnswer(
    [property: JsonPropertyName("specs")] string Specs,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("logo")] string Logo,
    [property: JsonPropertyName("region")] string Region,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("authType")] string[] AuthTypes,
    [property: JsonPropertyName("oauth2")] string OAuth2,
    [property: JsonPropertyName("methods")] string[] Methods);

internal sealed record CscListAnswer([property: JsonPropertyName("credentialIDs")] string[] CredentialIds);

internal sealed record CscCredentialAnswer(
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("key")] CscKeyAnswer Key,
    [property: JsonPropertyName("cert")] CscCertAnswer Cert,
    [property: JsonPropertyName("auth")] CscAuthAnswer Auth,
    [property: JsonPropertyName("SCAL")] string Scal,
    [property: JsonPropertyName("multisign")] int Multisign);

internal sealed record CscKeyAnswer(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("algo")] string[] Algorithms,
    [property: JsonPropertyName("len")] int Length);

internal sealed record CscCertAnswer(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("certificates")] string[] Certificates,
    [property: JsonPropertyName("issuerDN")] string IssuerDn,
    [property: JsonPropertyName("serialNumber")] string SerialNumber,
    [property: JsonPropertyName("subjectDN")] string SubjectDn);

internal sealed record CscAuthAnswer(
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("expression")] string Expression,
    [property: JsonPropertyName("objects")] CscAuthObjectAnswer[] Objects);

internal sealed record CscAuthObjectAnswer(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("label")] string Label);

internal sealed record CscSadAnswer(
    [property: JsonPropertyName("SAD")] string Sad,
    [property: JsonPropertyName("expiresIn")] int ExpiresIn);

internal sealed record CscSignaturesAnswer([property: JsonPropertyName("signatures")] string[] Signatures);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CscErrorAnswer))]
[JsonSerializable(typeof(CscTokenAnswer))]
[JsonSerializable(typeof(CscInfoAnswer))]
[JsonSerializable(typeof(CscListAnswer))]
[JsonSerializable(typeof(CscCredentialAnswer))]
[JsonSerializable(typeof(CscSadAnswer))]
[JsonSerializable(typeof(CscSignaturesAnswer))]
internal sealed partial class CscEmulatorJson : JsonSerializerContext;
