using System.Globalization;
using System.Text;
using System.Text.Json;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Cli.Infrastructure;

/// <summary>Prints a validation report as text or JSON, and maps it to the verify exit codes.</summary>
internal static class ReportPrinter
{
    /// <summary>Prints the report; <paramref name="oneLine"/> writes the JSON on a single line (JSON Lines, for batches).</summary>
    public static async Task<int> PrintAsync(ValidationReport report, bool json, TextWriter output, bool oneLine = false)
    {
        if (json)
        {
            using var buffer = new MemoryStream();
            report.WriteJson(buffer);
            await output.WriteLineAsync(Encoding.UTF8.GetString(oneLine ? Compact(buffer.ToArray()) : buffer.ToArray())).ConfigureAwait(false);
        }
        else
        {
            await output.WriteAsync(ToText(report)).ConfigureAwait(false);
        }

        return ExitCode(report);
    }

    public static int ExitCode(ValidationReport report) => report.Indication switch
    {
        null => ExitCodes.NoSignature,
        ValidationIndication.TotalPassed => ExitCodes.Success,
        ValidationIndication.TotalFailed => ExitCodes.VerifyFailed,
        _ => ExitCodes.VerifyIndeterminate,
    };

    private static byte[] Compact(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream(json.Length);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            document.WriteTo(writer);
        }

        return buffer.ToArray();
    }

    private static string ToText(ValidationReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{report.FileName}: {(report.Indication is { } i ? i.ToEtsiName() : "NO_SIGNATURE")}");
        foreach (var signature in report.Signatures)
        {
            string sub = signature.SubIndication is { } s ? $"/{s.ToEtsiName()}" : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"  {signature.Id}: {signature.Indication.ToEtsiName()}{sub}{(signature.Level is null ? string.Empty : $" ({signature.Level})")}");
            Line(text, "signer", signature.SigningCertificate?.Subject);
            Line(text, "signing time (claimed)", signature.SigningTime?.ToString("u", CultureInfo.InvariantCulture));
            Line(text, "timestamp (proven)", signature.TimestampTime?.ToString("u", CultureInfo.InvariantCulture));
            foreach (string error in signature.Errors)
            {
                Line(text, "error", error);
            }

            foreach (string warning in signature.Warnings)
            {
                Line(text, "warning", warning);
            }
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string label, string? value)
    {
        if (value is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    {label}: {value}");
        }
    }
}
