using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bsre.Sdk.Cli.Infrastructure;
using Bsre.Sdk.Pdf;

namespace Bsre.Sdk.Cli.Commands;

/// <summary><c>bsre pdf renew</c>: keeps an archive of signed PDFs valid with fresh document timestamps (<see cref="PadesArchiveRenewer"/>).</summary>
internal static class PdfRenewCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<DirectoryInfo>("--in") { Description = "Directory of signed PDFs (every *.pdf directly in it)", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Write renewed PDFs here (same names; existing files are not overwritten) instead of renewing in place" };
        var days = new Option<int>("--days") { Description = "Renew documents whose newest timestamp stops protecting them within this many days", Required = true };
        var tsa = CommonOptions.Tsa();
        tsa.Required = true;
        var trust = CommonOptions.Trust();
        var json = CommonOptions.Json();
        var command = new Command("renew", "Add validation data and a fresh document timestamp (B-LTA) to signed PDFs whose TSA certificate or algorithms near their end")
        {
            input, output, days, tsa, trust, json,
        };
        var tsaCredentials = new TsaCredentialOptions();
        tsaCredentials.AddTo(command);
        context.SetAction(command, async (parse, cancellationToken) =>
        {
            DirectoryInfo directory = parse.GetRequiredValue(input);
            if (!directory.Exists)
            {
                throw new CliException(ExitCodes.NoInput, $"The --in directory '{directory.FullName}' does not exist.");
            }

            int window = parse.GetValue(days);
            if (window < 0)
            {
                throw CliException.Usage($"--days {window} must be zero or more.");
            }

            DirectoryInfo? outputDirectory = parse.GetValue(output);
            if (outputDirectory is { Exists: false })
            {
                throw new CliException(ExitCodes.NoInput, $"The --out directory '{outputDirectory.FullName}' does not exist.");
            }

            using var http = new HttpClient();
            var options = new PadesArchiveRenewalOptions { RenewWithin = TimeSpan.FromDays(window), OutputDirectory = outputDirectory?.FullName };
            foreach (var certificate in ValidationSetup.Create(parse.GetRequiredValue(trust), offline: true, at: null).TrustAnchors)
            {
                options.ExtraCertificates.Add(certificate);
            }

            var renewer = new PadesArchiveRenewer(tsaCredentials.Client(http, parse.GetRequiredValue(tsa), parse), options, http);
            IReadOnlyList<PadesRenewalResult> results = await renewer.RenewDirectoryAsync(directory.FullName, cancellationToken).ConfigureAwait(false);
            foreach (PadesRenewalResult result in results)
            {
                await context.Output.WriteLineAsync(parse.GetValue(json) ? Json(result) : Text(result)).ConfigureAwait(false);
            }

            return results.Any(r => r.Action == PadesRenewalAction.Failed) ? ExitCodes.DataError : ExitCodes.Success;
        });
        return command;
    }

    private static string Word(PadesRenewalAction action) => action switch
    {
        PadesRenewalAction.Renewed => "renewed",
        PadesRenewalAction.Current => "current",
        PadesRenewalAction.NoLongerProtection => "no-longer-protection",
        PadesRenewalAction.NotSigned => "not-signed",
        _ => "failed",
    };

    private static string Text(PadesRenewalResult result) => $"{Path.GetFileName(result.File)}: {Word(result.Action)}: {result.Reason}";

    private static string Json(PadesRenewalResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("file", result.File);
            writer.WriteString("action", Word(result.Action));
            writer.WriteString("protectedUntil", result.ProtectedUntil?.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteString("renewedUntil", result.RenewedUntil?.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteString("output", result.Output);
            writer.WriteString("reason", result.Reason);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
