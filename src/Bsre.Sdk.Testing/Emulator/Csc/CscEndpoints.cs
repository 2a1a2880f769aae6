using System.Net.Http.Headers;
using System.Text.Json;
using Bsre.Sdk.Testing.Emulator.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bsre.Sdk.Testing.Emulator.Csc;

/// <summary>
/// The emulator's CSC API v2.0 below <c>/csc/v2/</c>: <c>info</c> (§11.1), <c>credentials/list</c> (§11.4),
/// <c>credentials/info</c> (§11.5), <c>credentials/getChallenge</c> (§11.8, the OTP goes to the <see cref="Mailbox"/>),
/// <c>credentials/authorize</c> (§11.6) and <c>signatures/signHash</c> (§11.10). All but <c>info</c> need a bearer token.
/// </summary>
internal static class CscEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/csc/v2/info", (HttpRequest request) => Results.Json(
            new CscInfoAnswer(
                "2.0.0.0", "BSrE Emulator CSC (TEST)", string.Empty, "ID", "en-US", "A local TEST remote signing service over the emulator's test PKI.",
                ["oauth2client", "oauth2code"], $"{request.Scheme}://{request.Host}/",
                ["credentials/list", "credentials/info", "credentials/getChallenge", "credentials/authorize", "signatures/signHash"]),
            CscEmulatorJson.Default.CscInfoAnswer));
        app.MapPost("/csc/v2/credentials/list", WithToken((_, csc) => Results.Json(new CscListAnswer([.. csc.Credentials.Keys]), CscEmulatorJson.Default.CscListAnswer)));
        app.MapPost("/csc/v2/credentials/info", WithToken((body, csc) => Find(body, csc, out var credential) ?? Results.Json(Describe(credential!), CscEmulatorJson.Default.CscCredentialAnswer)));
        app.MapPost("/csc/v2/credentials/getChallenge", WithToken((body, csc) =>
        {
            if (Find(body, csc, out var credential) is { } refused)
            {
                return refused;
            }

            if (JsonBody.Text(body, "authObjectID") != "OTP")
            {
                return CscResults.InvalidRequest("Invalid parameter authObjectID");
            }

            csc.Mailbox.Deliver(credential!.Id, "CSC OTP", csc.Otps.Issue(CscEmulatorService.OtpPurpose, credential.Id).Code);
            return Results.NoContent();
        }));
        app.MapPost("/csc/v2/credentials/authorize", WithToken(CscSigning.Authorize));
        app.MapPost("/csc/v2/signatures/signHash", WithToken(CscSigning.SignHash));
    }

    /// <summary>The credential named by <c>credentialID</c>, or the error to answer.</summary>
    public static IResult? Find(JsonElement body, CscEmulatorService csc, out CscEmulatorCredential? credential)
    {
        credential = null;
        return JsonBody.Text(body, "credentialID") is not { } id ? CscResults.InvalidRequest("Missing (or invalid type) string parameter credentialID")
            : !csc.Credentials.TryGetValue(id, out credential) ? CscResults.InvalidRequest("Invalid parameter credentialID")
            : null;
    }

    private static CscCredentialAnswer Describe(CscEmulatorCredential credential) => new(
        $"{credential.Identity.KeyAlgorithm} signing key of {credential.Identity.Certificate.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, false)} (TEST)",
        new CscKeyAnswer(credential.Revoked ? "disabled" : "enabled", credential.Algorithms, credential.KeyLength),
        new CscCertAnswer(
            credential.Revoked ? "revoked" : "valid",
            [Convert.ToBase64String(credential.Identity.Certificate.RawData), .. credential.Chain.Select(c => Convert.ToBase64String(c.RawData))],
            credential.Identity.Certificate.Issuer,
            credential.Identity.Certificate.SerialNumber,
            credential.Identity.Certificate.Subject),
        new CscAuthAnswer("explicit", "PIN AND OTP", [new("Password", "PIN", "N", "PIN"), new("Password", "OTP", "N", "OTP sent by credentials/getChallenge")]),
        "2",
        BsreEmulator.CscMultisign);

    /// <summary>Adapts a handler of an authorized JSON call: a missing, unknown or expired bearer token is 401 (RFC 6750 §3.1).</summary>
    private static RequestDelegate WithToken(Func<JsonElement, CscEmulatorService, IResult> handler) => async context =>
    {
        var csc = (CscEmulatorService)context.RequestServices.GetService(typeof(CscEmulatorService))!;
        IResult result;
        if (!AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization.ToString(), out var header) || header.Scheme != "Bearer" || header.Parameter is null)
        {
            result = CscResults.InvalidToken(context, "Missing bearer access token");
        }
        else if (!csc.AccessTokens.TryGetValue(header.Parameter, out DateTimeOffset expires))
        {
            result = CscResults.InvalidToken(context, "The access token is not valid");
        }
        else if (expires <= csc.Time.GetUtcNow())
        {
            result = CscResults.InvalidToken(context, "The access token expired");
        }
        else
        {
            using JsonDocument? body = await JsonBody.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
            result = body?.RootElement.ValueKind == JsonValueKind.Object ? handler(body.RootElement, csc) : CscResults.InvalidRequest("The body must be a JSON object");
        }

        await result.ExecuteAsync(context).ConfigureAwait(false);
    };
}
