using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bsre.Sdk.Testing.Emulator.Csc;

/// <summary>
/// The emulator's OAuth 2.0 authorization server (CSC API v2.0 §8.3): <c>GET oauth2/authorize</c> (authorization code with
/// PKCE S256 required, RFC 7636; the TEST user consents at once and is redirected back) and <c>POST oauth2/token</c>
/// (client credentials, authorization code, refresh token; RFC 6749 §4.1, §4.4, §6).
/// </summary>
internal static class CscOAuth2Endpoints
{
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/oauth2/authorize", (HttpRequest request, CscEmulatorService csc) =>
        {
            var query = request.Query;
            if (query["client_id"] != csc.Options.CscClientId)
            {
                return CscResults.Error("unauthorized_client", "Unknown client_id");
            }

            if (query["response_type"] != "code" || !Uri.TryCreate(query["redirect_uri"], UriKind.Absolute, out Uri? redirect))
            {
                return CscResults.InvalidRequest("response_type=code and an absolute redirect_uri are required");
            }

            if (query["code_challenge_method"] != "S256" || string.IsNullOrEmpty(query["code_challenge"]))
            {
                return CscResults.InvalidRequest("PKCE is required: code_challenge with code_challenge_method=S256");
            }

            string code = CscEmulatorService.NewSecret();
            csc.Codes[code] = new CscEmulatorService.AuthorizationCode(redirect.AbsoluteUri, query["code_challenge"]!, csc.Time.GetUtcNow() + CodeLifetime);
            string separator = string.IsNullOrEmpty(redirect.Query) ? "?" : "&";
            return Results.Redirect($"{redirect.AbsoluteUri}{separator}code={code}&state={Uri.EscapeDataString(query["state"].ToString())}");
        });
        app.MapPost("/oauth2/token", async (HttpRequest request, CscEmulatorService csc) =>
        {
            if (!request.HasFormContentType)
            {
                return CscResults.InvalidRequest("The token request must be application/x-www-form-urlencoded");
            }

            IFormCollection form = await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
            if (form["client_id"] != csc.Options.CscClientId || !SecretMatches(form["client_secret"], csc.Options.CscClientSecret))
            {
                return CscResults.Error("invalid_client", "Client authentication failed", StatusCodes.Status401Unauthorized);
            }

            return form["grant_type"].ToString() switch
            {
                "client_credentials" => Token(csc, withRefreshToken: false),
                "authorization_code" => RedeemCode(csc, form),
                "refresh_token" => csc.RefreshTokens.TryRemove(form["refresh_token"].ToString(), out _)
                    ? Token(csc, withRefreshToken: true)
                    : CscResults.Error("invalid_grant", "Invalid refresh_token"),
                _ => CscResults.Error("unsupported_grant_type", "Unsupported grant_type"),
            };
        });
    }

    private static IResult RedeemCode(CscEmulatorService csc, IFormCollection form)
    {
        if (!csc.Codes.TryRemove(form["code"].ToString(), out var code) || code.Expires < csc.Time.GetUtcNow() || form["redirect_uri"] != code.RedirectUri)
        {
            return CscResults.Error("invalid_grant", "Invalid or expired authorization code");
        }

        // RFC 7636 §4.6: BASE64URL(SHA256(ASCII(code_verifier))) must equal the code_challenge
        string verifier = form["code_verifier"].ToString();
        string challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return verifier.Length is >= 43 and <= 128 && challenge == code.CodeChallenge
            ? Token(csc, withRefreshToken: true)
            : CscResults.Error("invalid_grant", "The code_verifier does not match the code_challenge");
    }

    private static IResult Token(CscEmulatorService csc, bool withRefreshToken) =>
        Results.Json(csc.IssueToken(withRefreshToken), CscEmulatorJson.Default.CscTokenAnswer);

    private static bool SecretMatches(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
