using Microsoft.AspNetCore.Http;

namespace Bsre.Sdk.Testing.Emulator.Csc;

/// <summary>The emulator's CSC error answers (CSC API v2.0 §10: <c>{"error", "error_description"}</c>), with the descriptions of the spec's error tables.</summary>
internal static class CscResults
{
    public static IResult Error(string error, string description, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(new CscErrorAnswer(error, description), CscEmulatorJson.Default.CscErrorAnswer, statusCode: status);

    public static IResult InvalidRequest(string description) => Error("invalid_request", description);

    /// <summary>RFC 6750 §3: a refused bearer token is 401 with <c>WWW-Authenticate: Bearer error="invalid_token"</c>.</summary>
    public static IResult InvalidToken(HttpContext context, string description)
    {
        context.Response.Headers.WWWAuthenticate = $"Bearer error=\"invalid_token\", error_description=\"{description}\"";
        return Error("invalid_token", description, StatusCodes.Status401Unauthorized);
    }
}
