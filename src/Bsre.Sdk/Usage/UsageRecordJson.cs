using System.Globalization;
using System.Text.Json;

namespace Bsre.Sdk.Usage;

/// <summary>One usage record as one line of JSON (no reflection, so trimming and AOT stay safe).</summary>
internal static class UsageRecordJson
{
    public static byte[] ToLine(UsageRecord record)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("time", record.Time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            json.WriteString("signerSubject", record.SignerSubject);
            json.WriteString("signerSerial", record.SignerSerial);
            json.WriteString("documentSha256", record.DocumentSha256);
            json.WriteString("level", record.Level);
            json.WriteString("outcome", record.Outcome.ToString());
            WriteOptional(json, "failureReason", record.FailureReason);
            WriteOptional(json, "maskedNik", record.MaskedNik);
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    public static UsageRecord Parse(string line, long lineNumber)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new UsageLogFormatException(lineNumber, "not a JSON object.");
            }

            return new UsageRecord
            {
                Time = ParseTime(Required(root, "time", lineNumber), lineNumber),
                SignerSubject = Required(root, "signerSubject", lineNumber),
                SignerSerial = Required(root, "signerSerial", lineNumber),
                DocumentSha256 = Required(root, "documentSha256", lineNumber),
                Level = Required(root, "level", lineNumber),
                Outcome = ParseOutcome(Required(root, "outcome", lineNumber), lineNumber),
                FailureReason = Optional(root, "failureReason", lineNumber),
                MaskedNik = Optional(root, "maskedNik", lineNumber),
            };
        }
        catch (JsonException e)
        {
            throw new UsageLogFormatException(lineNumber, "not valid JSON: " + e.Message, e);
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static string Required(JsonElement root, string name, long lineNumber) =>
        Optional(root, name, lineNumber) ?? throw new UsageLogFormatException(lineNumber, $"the field '{name}' is missing.");

    private static string? Optional(JsonElement root, string name, long lineNumber)
    {
        if (!root.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new UsageLogFormatException(lineNumber, $"the field '{name}' is not a string.");
    }

    private static DateTimeOffset ParseTime(string text, long lineNumber) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset time)
            ? time
            : throw new UsageLogFormatException(lineNumber, $"the time '{text}' is not an ISO-8601 time.");

    private static UsageOutcome ParseOutcome(string text, long lineNumber) => text switch
    {
        nameof(UsageOutcome.Succeeded) => UsageOutcome.Succeeded,
        nameof(UsageOutcome.Failed) => UsageOutcome.Failed,
        _ => throw new UsageLogFormatException(lineNumber, $"the outcome '{text}' is neither Succeeded nor Failed."),
    };
}
