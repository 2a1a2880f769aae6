using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>
/// Serves the test PKI below <c>/pki/</c>: the CA certificates (<c>root.pem</c>, <c>intermediate.pem</c>), the OCSP responder
/// (<c>POST ocsp</c>, <c>GET ocsp/{base64}</c>, RFC 6960 Appendix A), the CRLs (<c>crl/intermediate.crl</c>,
/// <c>crl/root.crl</c>), the issuing CA for AIA (<c>certs/intermediate.cer</c>) and the TSA (<c>POST tsa</c>, RFC 3161
/// §3.4); and the mailbox (<c>/emulator/mailbox</c>). No Basic authentication: relying parties fetch these anonymously.
/// </summary>
internal static class PkiEndpoints
{
    private const string OcspGetPrefix = "/pki/ocsp/";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/pki/intermediate.pem", (EmulatorState state) => Results.Text(TestPkiWriter.CertificatePem(state.Pki.Intermediate), "application/x-pem-file"));
        app.MapGet("/pki/root.pem", (EmulatorState state) => Results.Text(TestPkiWriter.CertificatePem(state.Pki.Root), "application/x-pem-file"));
        app.MapPost("/pki/ocsp", async (HttpRequest request, EmulatorState state) =>
            Results.Bytes(state.Services.Ocsp.Respond(await BodyAsync(request).ConfigureAwait(false)), "application/ocsp-response"));
        app.MapGet("/pki/ocsp/{*request}", (HttpContext context, EmulatorState state) =>
        {
            string raw = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget; // the base64 keeps its '/', '+' and '%2F'
            byte[] request = Convert.FromBase64String(Uri.UnescapeDataString(raw[OcspGetPrefix.Length..]));
            return Results.Bytes(state.Services.Ocsp.Respond(request), "application/ocsp-response");
        });
        app.MapGet("/pki/{folder}/{name}", (string folder, string name, EmulatorState state) =>
            state.Services.File(folder, name) is { } der ? Results.Bytes(der, folder == "crl" ? "application/pkix-crl" : "application/pkix-cert") : Results.NotFound());
        app.MapPost("/pki/tsa", async (HttpRequest request, EmulatorState state) =>
            Results.Bytes(state.Services.Timestamp(await BodyAsync(request).ConfigureAwait(false)), "application/timestamp-reply"));
        app.MapGet("/emulator/mailbox", (EmulatorState state) => Results.Json(state.Mailbox.Messages, EmulatorJson.Default.IReadOnlyCollectionMailMessage));
    }

    private static async Task<byte[]> BodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
