using System.CommandLine;
using Bsre.Sdk.Cli.Infrastructure;
using Bsre.Sdk.Client;

namespace Bsre.Sdk.Cli.Commands;

/// <summary>
/// <c>bsre remote seal request-activation|activate|pdf|revoke</c>: the electronic seal through <see cref="BsreSealService"/>,
/// the activation kept in <c>--activation-file</c> and refreshed ahead of its expiry; each seal gets its own seal TOTP.
/// </summary>
internal static class RemoteSealCommands
{
    public static Command Create(CliContext context) => new("seal", "Electronic seal (organisation certificate) through the gateway")
    {
        RequestActivation(context), Activate(context), Seal(context), Revoke(context),
    };

    private static Command RequestActivation(CliContext context)
    {
        var setup = new SealSetup(withActivationFile: false);
        var command = new Command("request-activation", "Have BSrE e-mail an activation code to the subscriber's address");
        setup.AddTo(command);
        context.SetAction(command, async (parse, cancellationToken) =>
        {
            GatewayMessage message = await setup.Service(parse).RequestActivationCodeAsync(cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Activation code requested: {message.Message ?? "sent to the subscriber's e-mail"}. Then run 'bsre remote seal activate'.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Activate(CliContext context)
    {
        var setup = new SealSetup(withActivationFile: true);
        var code = new SecretOption("code", "activation code from BSrE's e-mail");
        var command = new Command("activate", "Exchange the e-mailed code for an activation, stored in --activation-file");
        setup.AddTo(command);
        code.AddTo(command);
        context.SetAction(command, async (parse, cancellationToken) =>
        {
            DateTimeOffset? expires = await setup.Service(parse).ActivateAsync(code.Read(parse), cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Seal activated; the activation expires {(expires is { } e ? e.ToString("u", System.Globalization.CultureInfo.InvariantCulture) : "at a time the gateway did not give")} and is refreshed ahead of that by 'bsre remote seal pdf'.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Seal(CliContext context)
    {
        var setup = new SealSetup(withActivationFile: true);
        var input = CommonOptions.Input("PDF to seal");
        var output = CommonOptions.Output("Where to write the sealed PDF");
        var appearance = new RemoteCommands.RemoteAppearanceOptions();
        var command = new Command("pdf", "Seal a PDF: refresh the activation if it expires soon, get a single-use seal TOTP, seal") { input, output };
        setup.AddTo(command);
        setup.Gateway.AddSigningTo(command);
        appearance.AddTo(command);
        context.SetAction(command, async (parse, cancellationToken) =>
        {
            RemoteCommands.RemoteSignature signature = appearance.Read(parse, v2: true);
            FileInfo inputFile = parse.GetRequiredValue(input);
            FileInfo outputFile = parse.GetRequiredValue(output);
            await using FileStream document = InputFiles.Open(inputFile, "--in");
            SignResult result = await setup.Service(parse).SealAsync([new SignDocument(document, signature.ToV2())], cancellationToken).ConfigureAwait(false);
            await using SignedDocument sealedPdf = result.Documents[0];
            await AtomicFile.WriteAsync(outputFile.FullName, s => sealedPdf.CopyToAsync(s, cancellationToken), cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Sealed {inputFile.Name}: {outputFile.FullName}").ConfigureAwait(false);
            return await RemoteCommands.ReportLocalValidationAsync(context, sealedPdf).ConfigureAwait(false);
        });
        return command;
    }

    private static Command Revoke(CliContext context)
    {
        var setup = new SealSetup(withActivationFile: true);
        var command = new Command("revoke", "Revoke the stored activation at the gateway and delete --activation-file");
        setup.AddTo(command);
        context.SetAction(command, async (parse, cancellationToken) =>
        {
            await setup.Service(parse).RevokeAsync(cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync("Seal activation revoked.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The gateway options, <c>--subscriber</c>, and the activation file every seal command takes.</summary>
    private sealed class SealSetup(bool withActivationFile)
    {
        private readonly Option<string> _subscriber = new("--subscriber") { Description = "The institution's idSubscriber", Required = true };
        private readonly Option<FileInfo> _activation = new("--activation-file") { Description = "File keeping the seal activation (owner-readable only; shared by runs on this machine)", Required = true };

        public RemoteCommands.GatewayOptions Gateway { get; } = new();

        public void AddTo(Command command)
        {
            Gateway.AddTo(command);
            command.Options.Add(_subscriber);
            if (withActivationFile)
            {
                command.Options.Add(_activation);
            }
        }

        public BsreSealService Service(ParseResult parse)
        {
            string file = withActivationFile ? parse.GetRequiredValue(_activation).FullName : Path.Combine(Path.GetTempPath(), "bsre-seal-unused.json");
            return new BsreSealService(Gateway.CreateClient(parse), new FileSealActivationStore(file), new BsreSealOptions { SubscriberId = parse.GetRequiredValue(_subscriber) });
        }
    }
}
