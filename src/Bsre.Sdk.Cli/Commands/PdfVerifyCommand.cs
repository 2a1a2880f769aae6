using System.CommandLine;
using Bsre.Sdk.Cli.Batch;
using Bsre.Sdk.Cli.Infrastructure;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Cli.Commands;

/// <summary><c>bsre pdf verify</c>: validates every signature and document timestamp of a PDF, or of many (JSON Lines).</summary>
internal static class PdfVerifyCommand
{
    public static Command Create(CliContext context)
    {
        var input = CommonOptions.Inputs("The signed PDF, or a directory of them (repeatable; several are validated in parallel)");
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
            var validator = new PadesValidator(options, limits.Read(parse));
            ReadOnlyMemory<char> password = pdfPassword.ReadOptional(parse).AsMemory();
            FileInfo[] inputs = parse.GetRequiredValue(input);
            if (InputSet.IsBatch(inputs))
            {
                return await BatchVerify.RunAsync(context, InputSet.Expand(inputs, ".pdf"), parse.GetValue(json), (file, token) => ValidateAsync(validator, file, password, token), cancellationToken).ConfigureAwait(false);
            }

            ValidationReport report = await ValidateAsync(validator, inputs[0], password, cancellationToken).ConfigureAwait(false);
            return await ReportPrinter.PrintAsync(report, parse.GetValue(json), context.Output).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<ValidationReport> ValidateAsync(PadesValidator validator, FileInfo file, ReadOnlyMemory<char> password, CancellationToken cancellationToken)
    {
        await using FileStream pdf = InputFiles.Open(file, "--in");
        return await validator.ValidateAsync(pdf, file.Name, password, cancellationToken).ConfigureAwait(false);
    }
}
