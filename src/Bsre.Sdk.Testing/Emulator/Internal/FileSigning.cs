using System.Diagnostics;
using System.Text.Json;
using Bsre.Sdk.Testing;
using Microsoft.AspNetCore.Http;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>Signs the <c>file</c> array of a v2 sign or seal body with its <c>signatureProperties</c> (one for all, or one per file).</summary>
internal static class FileSigning
{
    public static async Task<IResult> SignAsync(EmulatorState state, TestIdentity identity, JsonElement body, CancellationToken cancellationToken)
    {
        var files = body.TryGetProperty("file", out var f) && f.ValueKind == JsonValueKind.Array ? f.EnumerateArray().ToArray() : [];
        var properties = body.TryGetProperty("signatureProperties", out var p) && p.ValueKind == JsonValueKind.Array ? p.EnumerateArray().ToArray() : [];
        if (files.Length == 0 || properties.Length == 0 || (properties.Length != 1 && properties.Length != files.Length))
        {
            return GatewayResults.Error(GatewayResults.SigningFailed + "file dan signatureProperties wajib diisi (satu properti, atau satu per file)");
        }

        if (properties.Select(p => SignerChecks.Anchor(state, JsonBody.Text(p, "tag_koordinat"))).FirstOrDefault(r => r is not null) is { } anchorRefusal)
        {
            return anchorRefusal;
        }

        long started = Stopwatch.GetTimestamp();
        var signed = new List<string>(files.Length);
        for (int i = 0; i < files.Length; i++)
        {
            byte[]? pdf = files[i].ValueKind == JsonValueKind.String && files[i].TryGetBytesFromBase64(out byte[]? bytes) ? bytes : null;
            if (pdf is null || !pdf.AsSpan().StartsWith("%PDF-"u8))
            {
                return GatewayResults.Error(GatewayResults.SigningFailed + $"file[{i}] bukan PDF base64");
            }

            JsonElement item = properties.Length == 1 ? properties[0] : properties[i];
            signed.Add(Convert.ToBase64String(await state.Signer.SignAsync(pdf, Instruction(identity, item, state), cancellationToken).ConfigureAwait(false)));
        }

        return EmulatorJson.Result(new Dictionary<string, object?> { ["file"] = signed, ["time"] = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds });
    }

    private static SigningInstruction Instruction(TestIdentity identity, JsonElement item, EmulatorState state) => new()
    {
        Identity = identity,
        Timestamps = state.Timestamps,
        Visible = string.Equals(JsonBody.Text(item, "tampilan"), "VISIBLE", StringComparison.OrdinalIgnoreCase),
        Image = JsonBody.Base64(item, "imageBase64"),
        Page = (int?)JsonBody.Number(item, "page"),
        X = JsonBody.Number(item, "originX"),
        Y = JsonBody.Number(item, "originY"),
        Width = JsonBody.Number(item, "width"),
        Height = JsonBody.Number(item, "height"),
        Anchor = JsonBody.Text(item, "tag_koordinat"),
        Reason = JsonBody.Text(item, "reason"),
        Location = JsonBody.Text(item, "location"),
        ContactInfo = JsonBody.Text(item, "contactInfo"),
    };
}
