using System.CommandLine;
using Bsre.Sdk.Cli.Infrastructure;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Cli.Commands;

/// <summary><c>bsre pdf verify</c>: validates every signature and document timestamp of a PDF.</summary>
internal static class PdfVerifyCommand
{
    public static Command Create(CliContext context)
    {
        var input = CommonOptions.Input("The signed PDF");
        var trust = CommonOptions.Trust();
        var offline = CommonOptions.Offline();
        var at = CommonOptions.At();
        var json = CommonOptions.Json();
        var command = new Command("verify", "Validate every signature and document timestamp of a PDF") { input, trust, offline, at, json };
        var pdfPassword = CommonOptions.PdfPassword();
        pdfPassword.AddTo(command);
        var limits = new LimitOptions();
        limits.AddTo(command);

        context.SetAction(command, async (parse, cancellationToken) =>
        {
            var options = ValidationSetup.Create(parse.GetRequiredValue(trust), parse.GetValue(offline), CommonOptions.ParseTime(parse.GetValue(at)));
            FileInfo file = parse.GetRequiredValue(input);
            await using FileStream pdf = InputFiles.Open(file, "--in");
            ValidationReport report = await new PadesValidator(options, limits: limits.Read(parse)) { PdfPassword = pdfPassword.ReadOptional(parse).AsMemory() }.ValidateAsync(pdf, file.Name, cancellationToken).ConfigureAwait(false);
            return await ReportPrinter.PrintAsync(report, parse.GetValue(json), context.Output).ConfigureAwait(false);
        });
        return command;
    }
}
