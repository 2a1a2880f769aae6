using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>API v2: sign, TOTP, verify, user status, registration and certificate chain.</summary>
internal static class V2Endpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v2/sign/pdf", WithBody(async (body, state, token) =>
        {
            EmulatorUser? user = state.FindUser(JsonBody.Text(body, "nik"), JsonBody.Text(body, "email"));
            return SignerChecks.Check(state, user, JsonBody.Text(body, "passphrase"), JsonBody.Text(body, "totp"))
                ?? await FileSigning.SignAsync(state, state.IdentityFor(user!.Nik ?? user.Email!, user.Name), body, token).ConfigureAwait(false);
        }));
        app.MapPost("/api/v2/sign/get/totp", WithBody((body, state, _) =>
        {
            EmulatorUser? user = state.FindUser(JsonBody.Text(body, "nik"), JsonBody.Text(body, "email"));
            if (user?.Email is null)
            {
                return Task.FromResult(GatewayResults.UserNotRegistered(state.Generation));
            }

            int files = (int)(JsonBody.Number(body, "data") ?? 1);
            string code = state.Totps.Issue(SignerChecks.SignPurpose, user.Nik ?? user.Email, Math.Max(1, files)).Code;
            state.Mailbox.Deliver(user.Email, "TOTP tanda tangan elektronik", code);
            return Task.FromResult(EmulatorJson.Result(new Dictionary<string, object?> { ["message"] = $"TOTP telah dikirim ke email {Mask(user.Email)}" }));
        }));
        app.MapPost("/api/v2/verify/pdf", WithBody(async (body, state, token) =>
        {
            byte[]? pdf = JsonBody.Base64(body, "file");
            return pdf is null || !pdf.AsSpan().StartsWith("%PDF-"u8)
                ? GatewayResults.Error("file bukan PDF base64")
                : EmulatorJson.Result(VerifyResponses.V2(await new DocumentVerifier(state).VerifyAsync(pdf, token).ConfigureAwait(false)));
        }));
        app.MapPost("/api/v2/user/check/status", WithBody((body, state, _) => Task.FromResult(EmulatorJson.Result(new Dictionary<string, object?>
        {
            ["status"] = state.FindUser(JsonBody.Text(body, "nik"), JsonBody.Text(body, "email"))?.Status ?? "NOT_REGISTERED",
        }))));
        app.MapPost("/api/v2/user/registration", WithBody((body, state, _) => Task.FromResult(Register(body, state))));
        app.MapGet("/api/v2/user/certificate/chain/{id}", (string id, EmulatorState state) =>
        {
            EmulatorUser? user = state.FindUser(id, id);
            if (user is null || !string.Equals(user.Status, "ISSUE", StringComparison.OrdinalIgnoreCase))
            {
                return user is null ? GatewayResults.UserNotRegistered(state.Generation) : GatewayResults.NotActive(user.Status);
            }

            var identity = state.IdentityFor(user.Nik ?? user.Email!, user.Name);
            string[] chain = [identity.Certificate.ExportCertificatePem(), .. state.Pki.Chain.Select(c => c.ExportCertificatePem())];
            return EmulatorJson.Result(new Dictionary<string, object?> { ["status"] = "ISSUE", ["certificate_chain"] = chain });
        });
    }

    /// <summary>Adapts a handler of the parsed JSON body; a body that is not a JSON object is a 400.</summary>
    public static RequestDelegate WithBody(Func<JsonElement, EmulatorState, CancellationToken, Task<IResult>> handler) => async context =>
    {
        var state = context.RequestServices.GetService(typeof(EmulatorState)) as EmulatorState ?? throw new InvalidOperationException("No emulator state.");
        using JsonDocument? body = await JsonBody.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        IResult result = body?.RootElement.ValueKind == JsonValueKind.Object
            ? await handler(body.RootElement, state, context.RequestAborted).ConfigureAwait(false)
            : GatewayResults.Error("Body harus JSON object");
        await result.ExecuteAsync(context).ConfigureAwait(false);
    };

    private static IResult Register(JsonElement body, EmulatorState state)
    {
        string? name = JsonBody.Text(body, "nama");
        string? email = JsonBody.Text(body, "email");
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(email))
        {
            return GatewayResults.Error("nama dan email wajib diisi");
        }

        if (state.FindUser(null, email) is not null)
        {
            return GatewayResults.Error("Email sudah terdaftar");
        }

        state.Users.Add(new EmulatorUser { Name = name, Email = email, Status = "WAITING_FOR_VERIFICATION" });
        return EmulatorJson.Result(new Dictionary<string, object?> { ["message"] = "Registrasi berhasil, menunggu verifikasi" });
    }

    private static string Mask(string email) => email.IndexOf('@', StringComparison.Ordinal) is int at and > 1
        ? string.Create(CultureInfo.InvariantCulture, $"{email[0]}***{email[at..]}")
        : "***";
}
