using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>Serves the test PKI's CA certificates (<c>/pki/root.pem</c>, <c>/pki/intermediate.pem</c>) and the mailbox (<c>/emulator/mailbox</c>).</summary>
internal static class PkiEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/pki/intermediate.pem", (EmulatorState state) => Results.Text(state.Pki.Intermediate.Certificate.ExportCertificatePem(), "application/x-pem-file"));
        app.MapGet("/pki/root.pem", (EmulatorState state) => Results.Text(state.Pki.Root.Certificate.ExportCertificatePem(), "application/x-pem-file"));
        app.MapGet("/emulator/mailbox", (EmulatorState state) => Results.Json(state.Mailbox.Messages));
    }
}
