using System.Globalization;
using System.Text.Json;

namespace Bsre.Sdk.Client.Internal;

/// <summary>Lenient readers for the gateway's JSON, whose types vary between versions and installs.</summary>
internal static class JsonValues
{
    public static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static string? String(JsonElement element, string name) => Property(element, name) switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } v => v.GetRawText(),
        _ => null,
    };

    public static int? Int(JsonElement element, string name) => Property(element, name) switch
    {
        { ValueKind: JsonValueKind.Number } v when v.TryGetInt32(out int i) => i,
        { ValueKind: JsonValueKind.String } v when int.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int i) => i,
        _ => null,
    };

    public static bool? Bool(JsonElement element, string name) => Property(element, name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.String } v when bool.TryParse(v.GetString(), out bool b) => b,
        _ => null,
    };

    /// <summary>Reads an ISO-8601 string, a "yyyy-MM-dd HH:mm:ss[.f]" string (taken as UTC), or epoch milliseconds.</summary>
    public static DateTimeOffset? Date(JsonElement element, string name) => Property(element, name) switch
    {
        { ValueKind: JsonValueKind.Number } v when v.TryGetInt64(out long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms),
        { ValueKind: JsonValueKind.String } v when DateTimeOffset.TryParse(v.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) => time,
        _ => null,
    };

    public static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];
}
