using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>Lenient reading of the v2 JSON bodies (numbers may arrive as strings).</summary>
internal static class JsonBody
{
    public static async Task<JsonDocument?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch { JsonValueKind.String => value.GetString(), JsonValueKind.Number => value.GetRawText(), _ => null }
            : null;

    public static double? Number(JsonElement element, string name) =>
        double.TryParse(Text(element, name), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : null;

    public static byte[]? Base64(JsonElement element, string name)
    {
        try
        {
            return Text(element, name) is { Length: > 0 } text ? Convert.FromBase64String(text) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
