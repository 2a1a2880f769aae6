using System.CommandLine;
using Bsre.Sdk.Cli.Batch;
using Bsre.Sdk.Cli.Infrastructure;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Cli.Commands;

/// <summary><c>bsre cms sign</c>, <c>extend</c> and <c>verify</c>: CAdES signatures of any file.</summary>
internal static class CmsCommands
{
    public static Command Create(CliContext context) => new("cms", "CMS/CAdES signatures") { Sign(context), Extend(context), Verify(context) };

    private static Command Sign(CliContext context)
    {
        var input = CommonOptions.Input("File to sign");
        var output = CommonOptions.Output("Where to write the signature (.p7s)");
        var key = new SigningKeyOptions();
        var pfx = key.Pfx;
        var attached = new Option<bool>("--attached") { Description = "Embed the content in the signature (default: detached)" };
        var level = CommonOptions.Level();
        var tsa = CommonOptions.Tsa();
        var hash = new Option<string>("--hash") { Description = "Digest algorithm", DefaultValueFactory = _ => "SHA256" }
            .AcceptOnlyFromAmong("SHA256", "SHA384", "SHA512");
        var pss = new Option<bool>("--pss") { Description = "Sign RSA keys with RSA-PSS instead of PKCS#1 v1.5" };
        var command = new Command("sign", "Make a CAdES signature (detached unless --attached)") { input, output, pfx, attached, level, tsa, hash, pss };
        key.AddTo(command);
        var tsaCredentials = new TsaCredentialOptions();
        tsaCredentials.AddTo(command);

        context.SetAction(command, async (parse, cancellationToken) =>
        {
            SignatureLevel target = CommonOptions.ParseLevel(parse.GetRequiredValue(level));
            Uri? tsaUrl = parse.GetValue(tsa);
            tsaCredentials.RequireTsaFor(parse, tsaUrl);
            if (target >= SignatureLevel.BaselineT && tsaUrl is null)
            {
                throw CliException.Usage("Level B-T and higher need --tsa URL.");
            }

            using Signer signer = key.Open(parse);
            using var http = new HttpClient();
            var options = new CadesSignatureOptions
            {
                HashAlgorithm = CommonOptions.ParseHash(parse.GetRequiredValue(hash)),
                SignatureScheme = parse.GetValue(pss) ? SignatureScheme.RsaPss : null,
                Level = target,
                TimestampClient = tsaUrl is null ? null : tsaCredentials.Client(http, tsaUrl, parse),
            };
            var cades = new CadesSigner(signer, options, http);
            await using FileStream content = InputFiles.Open(parse.GetRequiredValue(input), "--in");
            FileInfo outputFile = parse.GetRequiredValue(output);
            if (parse.GetValue(attached))
            {
                await AtomicFile.WriteAsync(outputFile.FullName, s => cades.SignAttachedAsync(content, s, cancellationToken), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                byte[] cms = await cades.SignDetachedAsync(content, cancellationToken).ConfigureAwait(false);
                await AtomicFile.WriteAsync(outputFile.FullName, s => s.WriteAsync(cms, cancellationToken).AsTask(), cancellationToken).ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync($"Signed {content.Name} as {(await signer.GetCertificatesAsync(cancellationToken).ConfigureAwait(false)).SigningCertificate.Subject}: {outputFile.FullName}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Extend(CliContext context)
    {
        var input = CommonOptions.Input("The CMS signature to extend (.p7s, DER or BER)");
        var output = CommonOptions.Output("Where to write the extended signature");
        var content = new Option<FileInfo>("--content") { Description = "The signed content, for a detached signature" };
        var to = new Option<string>("--to") { Description = "Target level (B-LTA again renews the archive timestamp)", Required = true }.AcceptOnlyFromAmong("B-T", "B-LT", "B-LTA");
        var tsa = CommonOptions.Tsa();
        var command = new Command("extend", "Add a signature timestamp, validation data or an archive timestamp to a CAdES signature") { input, output, content, to, tsa };
        var tsaCredentials = new TsaCredentialOptions();
        tsaCredentials.AddTo(command);

        context.SetAction(command, async (parse, cancellationToken) =>
        {
            SignatureLevel target = CommonOptions.ParseLevel(parse.GetRequiredValue(to));
            Uri tsaUrl = parse.GetValue(tsa) ?? throw CliException.Usage("cms extend needs --tsa URL (it is used only when a timestamp is missing or for B-LTA).");
            using var http = new HttpClient();
            TimestampClient client = tsaCredentials.Client(http, tsaUrl, parse);
            var extender = new CadesExtender(http);
            var extension = new CadesExtensionOptions { Level = target, TimestampClient = client };
            await using FileStream? data = parse.GetValue(content) is { } file ? InputFiles.Open(file, "--content") : null;
            FileInfo inputFile = parse.GetRequiredValue(input);
            FileInfo outputFile = parse.GetRequiredValue(output);
            await AtomicFile.TransformAsync(inputFile, outputFile, (from, into) => extender.ExtendAsync(from, into, extension, data, cancellationToken), cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Extended {inputFile.Name} to {parse.GetRequiredValue(to)}: {outputFile.FullName}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Verify(CliContext context)
    {
        var input = CommonOptions.Inputs("The CMS signature (.p7s/.p7m, DER or BER), or a directory of them (repeatable; several are validated in parallel)");
        var content = new Option<FileInfo>("--content") { Description = "The signed content, for a detached signature (one --in only; in a batch, FILE.p7s is checked against FILE beside it)" };
        var trust = CommonOptions.Trust();
        var offline = CommonOptions.Offline();
        var at = CommonOptions.At();
        var json = CommonOptions.Json();
        var command = new Command("verify", "Validate a CMS/CAdES signature, or many (JSON Lines)") { input, content, trust, offline, at, json };

        context.SetAction(command, async (parse, cancellationToken) =>
        {
            var validator = new CadesValidator(ValidationSetup.Create(parse.GetRequiredValue(trust), parse.GetValue(offline), CommonOptions.ParseTime(parse.GetValue(at))));
            FileInfo[] inputs = parse.GetRequiredValue(input);
            if (InputSet.IsBatch(inputs))
            {
                if (parse.GetValue(content) is not null)
                {
                    throw CliException.Usage("--content goes with a single --in signature; in a batch, FILE.p7s is checked against FILE beside it.");
                }

                return await BatchVerify.RunAsync(
                    context, InputSet.Expand(inputs, ".p7s", ".p7m"), parse.GetValue(json), (file, token) => ValidateAsync(validator, file, DetachedContent(file), token), cancellationToken).ConfigureAwait(false);
            }

            ValidationReport report = await ValidateAsync(validator, inputs[0], parse.GetValue(content), cancellationToken).ConfigureAwait(false);
            return await ReportPrinter.PrintAsync(report, parse.GetValue(json), context.Output).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<ValidationReport> ValidateAsync(CadesValidator validator, FileInfo signatureFile, FileInfo? contentFile, CancellationToken cancellationToken)
    {
        await using FileStream signature = InputFiles.Open(signatureFile, "--in");
        await using FileStream? data = contentFile is null ? null : InputFiles.Open(contentFile, "--content");
        ValidationReport report = await validator.ValidateAsync(signature, data, cancellationToken).ConfigureAwait(false);
        return new ValidationReport(report.Signatures, signatureFile.Name);
    }

    /// <summary>The content of a detached <c>FILE.p7s</c> in a batch: <c>FILE</c> beside it, when there is one.</summary>
    private static FileInfo? DetachedContent(FileInfo signature) =>
        signature.Extension.Equals(".p7s", StringComparison.OrdinalIgnoreCase) && new FileInfo(Path.ChangeExtension(signature.FullName, null)) is { Exists: true } content
            ? content
            : null;
}
