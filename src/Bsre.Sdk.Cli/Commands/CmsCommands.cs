using System.CommandLine;
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

        context.SetAction(command, async (parse, cancellationToken) =>
        {
            SignatureLevel target = CommonOptions.ParseLevel(parse.GetRequiredValue(level));
            Uri? tsaUrl = parse.GetValue(tsa);
            if (target >= SignatureLevel.BaselineT && tsaUrl is null)
            {
                throw CliException.Usage("Level B-T and higher need --tsa URL.");
            }

            using Signer signer = key.Open(parse);
            using var http = new HttpClient();
            var options = new CadesSignatureOptions
            {
                HashAlgorithm = CommonOptions.ParseHash(parse.GetRequiredValue(hash)),
                UseRsaPss = parse.GetValue(pss),
                Level = target,
                TimestampClient = tsaUrl is null ? null : new TimestampClient(http, new TimestampClientOptions { Url = tsaUrl }),
                HttpClient = http,
            };
            var cades = new CadesSigner(signer, options);
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

        context.SetAction(command, async (parse, cancellationToken) =>
        {
            SignatureLevel target = CommonOptions.ParseLevel(parse.GetRequiredValue(to));
            Uri tsaUrl = parse.GetValue(tsa) ?? throw CliException.Usage("cms extend needs --tsa URL (it is used only when a timestamp is missing or for B-LTA).");
            using var http = new HttpClient();
            var client = new TimestampClient(http, new TimestampClientOptions { Url = tsaUrl });
            var extender = new CadesExtender(target, client, http);
            await using FileStream? data = parse.GetValue(content) is { } file ? InputFiles.Open(file, "--content") : null;
            FileInfo inputFile = parse.GetRequiredValue(input);
            FileInfo outputFile = parse.GetRequiredValue(output);
            await AtomicFile.TransformAsync(inputFile, outputFile, (from, into) => extender.ExtendAsync(from, into, data, cancellationToken), cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Extended {inputFile.Name} to {parse.GetRequiredValue(to)}: {outputFile.FullName}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Verify(CliContext context)
    {
        var input = CommonOptions.Input("The CMS signature (.p7s, DER or BER)");
        var content = new Option<FileInfo>("--content") { Description = "The signed content, for a detached signature" };
        var trust = CommonOptions.Trust();
        var offline = CommonOptions.Offline();
        var at = CommonOptions.At();
        var json = CommonOptions.Json();
        var command = new Command("verify", "Validate a CMS/CAdES signature") { input, content, trust, offline, at, json };

        context.SetAction(command, async (parse, cancellationToken) =>
        {
            var options = ValidationSetup.Create(parse.GetRequiredValue(trust), parse.GetValue(offline), CommonOptions.ParseTime(parse.GetValue(at)));
            FileInfo signatureFile = parse.GetRequiredValue(input);
            await using FileStream signature = InputFiles.Open(signatureFile, "--in");
            await using FileStream? data = parse.GetValue(content) is { } file ? InputFiles.Open(file, "--content") : null;
            ValidationReport report = await new CadesValidator(options).ValidateAsync(signature, data, cancellationToken).ConfigureAwait(false);
            return await ReportPrinter.PrintAsync(new ValidationReport(report.Signatures, signatureFile.Name), parse.GetValue(json), context.Output).ConfigureAwait(false);
        });
        return command;
    }
}
