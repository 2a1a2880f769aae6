using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>API v1: <c>/api/sign/pdf</c> (multipart), <c>/api/sign/download/{id}</c>, <c>/api/sign/verify</c>, <c>/api/user/status/{nik}</c>.</summary>
internal static class V1Endpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/sign/pdf", SignAsync);
        app.MapGet("/api/sign/download/{id}", (string id, EmulatorState state) =>
            state.Documents.TryGetValue(id, out byte[]? pdf) ? Results.File(pdf, "application/pdf", $"{id}.pdf") : GatewayResults.Error("Dokumen tidak ditemukan", StatusCodes.Status404NotFound));
        app.MapPost("/api/sign/verify", VerifyAsync);
        app.MapGet("/api/user/status/{nik}", (string nik, EmulatorState state) =>
            EmulatorJson.Result(new Dictionary<string, object?> { ["status"] = state.FindUser(nik, null)?.Status ?? "NOT_REGISTERED" }));
    }

    private static async Task<IResult> SignAsync(HttpContext context, EmulatorState state, CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType)
        {
            return GatewayResults.Error(GatewayResults.SigningFailed + "request harus multipart/form-data");
        }

        IFormCollection form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        EmulatorUser? user = state.FindUser(Text(form, "nik"), null);
        if (SignerChecks.Check(state, user, Text(form, "passphrase"), null) is { } refusal)
        {
            return refusal;
        }

        if (SignerChecks.Anchor(state, Text(form, "tag_koordinat")) is { } anchorRefusal)
        {
            return anchorRefusal;
        }

        byte[]? pdf = await ReadAsync(form.Files["file"], cancellationToken).ConfigureAwait(false);
        if (pdf is null || !pdf.AsSpan().StartsWith("%PDF-"u8))
        {
            return GatewayResults.Error(GatewayResults.SigningFailed + "file PDF tidak ditemukan atau bukan PDF");
        }

        bool visible = string.Equals(Text(form, "tampilan"), "visible", StringComparison.OrdinalIgnoreCase);
        bool useImage = string.Equals(Text(form, "image"), "true", StringComparison.OrdinalIgnoreCase);
        var instruction = new SigningInstruction
        {
            Identity = state.IdentityFor(user!.Nik ?? user.Email!, user.Name),
            Timestamps = state.Timestamps,
            Visible = visible,
            Image = useImage ? await ReadAsync(form.Files["imageTTD"], cancellationToken).ConfigureAwait(false) : null,
            QrLink = useImage ? null : Text(form, "linkQR"),
            Page = (int?)Number(form, "page"),
            X = Number(form, "xAxis"),
            Y = Number(form, "yAxis"),
            Width = Number(form, "width"),
            Height = Number(form, "height"),
            Anchor = Text(form, "tag_koordinat"),
            Reason = Text(form, "reason"),
            Location = Text(form, "location"),
        };
        byte[] signed = await state.Signer.SignAsync(pdf, instruction, cancellationToken).ConfigureAwait(false);
        string id = Guid.NewGuid().ToString("N");
        state.Documents[id] = signed;
        if (string.Equals(Text(form, "jenis_response"), "BASE64", StringComparison.OrdinalIgnoreCase))
        {
            return EmulatorJson.Result(new Dictionary<string, object?> { ["base64_signed_file"] = Convert.ToBase64String(signed), ["id_dokumen"] = id });
        }

        context.Response.Headers["id_dokumen"] = id;
        return Results.File(signed, "application/pdf", "signed.pdf");
    }

    private static async Task<IResult> VerifyAsync(HttpContext context, EmulatorState state, CancellationToken cancellationToken)
    {
        IFormCollection form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        IFormFile? file = form.Files["signed_file"];
        byte[]? pdf = await ReadAsync(file, cancellationToken).ConfigureAwait(false);
        if (pdf is null || !pdf.AsSpan().StartsWith("%PDF-"u8))
        {
            return GatewayResults.Error("signed_file bukan PDF");
        }

        var signatures = await new DocumentVerifier(state).VerifyAsync(pdf, cancellationToken).ConfigureAwait(false);
        return EmulatorJson.Result(VerifyResponses.V1(file!.FileName, signatures));
    }

    private static async Task<byte[]?> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static string? Text(IFormCollection form, string name) => form.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value.ToString()) ? value.ToString() : null;

    private static double? Number(IFormCollection form, string name) =>
        double.TryParse(Text(form, name), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : null;
}
