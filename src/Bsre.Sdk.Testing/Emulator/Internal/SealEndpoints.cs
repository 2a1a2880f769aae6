using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>Electronic seal: activation (mailed code), refresh, seal TOTP, seal PDF, revoke.</summary>
internal static class SealEndpoints
{
    private const string Activation = "seal-activation";
    private const string Seal = "seal";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v2/seal/get/activation", V2Endpoints.WithBody((body, state, _) => Task.FromResult(WithSubscriber(body, state, subscriber =>
        {
            string? totp = JsonBody.Text(body, "totp");
            if (totp is null)
            {
                string code = state.Totps.Issue(Activation, subscriber.IdSubscriber, int.MaxValue, lifetime: state.SealActivationLifetime).Code;
                state.Mailbox.Deliver(subscriber.Email, "Kode aktivasi segel elektronik", code);
                return EmulatorJson.Result(new Dictionary<string, object?> { ["success"] = true, ["message"] = "Kode aktivasi telah dikirim ke email" });
            }

            if (!state.Totps.TryUse(Activation, subscriber.IdSubscriber, totp))
            {
                return GatewayResults.SealError("TOTP aktivasi tidak valid atau kadaluarsa");
            }

            var (fresh, expires) = state.Totps.Issue(Activation, subscriber.IdSubscriber, int.MaxValue, lifetime: state.SealActivationLifetime);
            return EmulatorJson.Result(new Dictionary<string, object?> { ["success"] = true, ["data"] = Totp(state, "Aktivasi diperbarui", fresh, expires) });
        }))));
        app.MapPost("/api/v2/seal/get/totp", V2Endpoints.WithBody((body, state, _) => Task.FromResult(WithSubscriber(body, state, subscriber =>
        {
            if (!state.Totps.TryUse(Activation, subscriber.IdSubscriber, JsonBody.Text(body, "totp")))
            {
                return GatewayResults.SealError("TOTP aktivasi tidak valid atau kadaluarsa");
            }

            var (code, expires) = state.Totps.Issue(Seal, subscriber.IdSubscriber, exclusive: false);
            return EmulatorJson.Result(Totp(state, "TOTP segel dibuat", code, expires));
        }))));
        app.MapPost("/api/v2/seal/pdf", V2Endpoints.WithBody(async (body, state, token) =>
        {
            SealSubscriber? subscriber = Find(body, state);
            if (subscriber is null)
            {
                return GatewayResults.SealError("idSubscriber tidak ditemukan");
            }

            return state.Totps.TryUse(Seal, subscriber.IdSubscriber, JsonBody.Text(body, "totp"))
                ? await FileSigning.SignAsync(state, state.IdentityFor("seal:" + subscriber.IdSubscriber, subscriber.Name + " Segel"), body, token).ConfigureAwait(false)
                : GatewayResults.SealError("TOTP segel tidak valid atau kadaluarsa");
        }));
        app.MapPost("/api/v2/seal/revoke/activation", V2Endpoints.WithBody((body, state, _) => Task.FromResult(WithSubscriber(body, state, subscriber =>
        {
            if (!state.Totps.TryUse(Activation, subscriber.IdSubscriber, JsonBody.Text(body, "totp")))
            {
                return GatewayResults.SealError("TOTP aktivasi tidak valid atau kadaluarsa");
            }

            state.Totps.Revoke(Activation, subscriber.IdSubscriber);
            return EmulatorJson.Result(new Dictionary<string, object?> { ["success"] = true, ["message"] = "Aktivasi segel dicabut" });
        }))));
    }

    private static SealSubscriber? Find(JsonElement body, EmulatorState state) =>
        JsonBody.Text(body, "idSubscriber") is { } id && state.Subscribers.TryGetValue(id, out SealSubscriber? subscriber) ? subscriber : null;

    private static IResult WithSubscriber(JsonElement body, EmulatorState state, Func<SealSubscriber, IResult> handler) =>
        Find(body, state) is { } subscriber ? handler(subscriber) : GatewayResults.SealError("idSubscriber tidak ditemukan");

    /// <summary>A TOTP answer; a 2026 gateway writes the expiry as <c>2026-12-04 10:00:00 +0000</c>, an older one in ISO 8601.</summary>
    private static Dictionary<string, object?> Totp(EmulatorState state, string message, string code, DateTimeOffset expires) => new()
    {
        ["message"] = message,
        ["totp"] = code,
        ["expires"] = state.Generation == GatewayGeneration.Legacy
            ? expires.ToString("O", CultureInfo.InvariantCulture)
            : expires.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss '+0000'", CultureInfo.InvariantCulture),
        ["result"] = true,
    };
}
