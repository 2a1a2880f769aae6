using System.CommandLine;
using Bsre.Sdk.Cli.Infrastructure;
using Bsre.Sdk.Testing.Emulator;

namespace Bsre.Sdk.Cli.Commands;

/// <summary><c>bsre emulator</c>: runs the local BSrE gateway emulator (v1, v2, seal) until stopped. TEST ONLY.</summary>
internal static class EmulatorCommand
{
    public static Command Create(CliContext context)
    {
        var urls = CommonOptions.Url("--urls", "Loopback URL to listen on (default http://127.0.0.1:5080)");
        var pki = new Option<DirectoryInfo>("--pki") { Description = "Directory of the emulator's test PKI (root.pem verifies its signatures): reused when it holds one, else written" };
        var users = new Option<FileInfo>("--users") { Description = "Users JSON file (see docs/emulator-users.sample.json); default: built-in test users" };
        var legacy = new Option<bool>("--legacy") { Description = "Behave like an older intranet gateway (multi-character anchors, BSrE code appended to the error message) instead of a 2026 one" };
        var command = new Command("emulator", "Run the local BSrE gateway emulator (TEST ONLY; API user 'esign', password 'esign-emulator')") { urls, pki, users, legacy };
        context.SetAction(command, async (parse, cancellationToken) =>
        {
            FileInfo? usersFile = parse.GetValue(users);
            if (usersFile is { Exists: false })
            {
                throw new CliException(ExitCodes.NoInput, $"The --users file '{usersFile.FullName}' does not exist.");
            }

            var options = new EmulatorOptions
            {
                Url = parse.GetValue(urls) ?? new Uri("http://127.0.0.1:5080"),
                UsersFile = usersFile?.FullName,
                PkiDirectory = parse.GetValue(pki)?.FullName,
                Generation = parse.GetValue(legacy) ? GatewayGeneration.Legacy : GatewayGeneration.Gateway2026,
            };
            BsreEmulator emulator;
            try
            {
                emulator = await BsreEmulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException e)
            {
                throw CliException.Usage(e.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
            }
            catch (InvalidDataException e)
            {
                throw new CliException(ExitCodes.DataError, e.Message);
            }
            catch (InvalidOperationException e) when (options.PkiDirectory is not null)
            {
                throw CliException.Usage(e.Message); // the --pki directory was made for another --urls
            }

            await using (emulator.ConfigureAwait(false))
            {
                await context.Output.WriteLineAsync($"BSrE gateway emulator (TEST ONLY) listening on {emulator.BaseUrl}").ConfigureAwait(false);
                await context.Output.WriteLineAsync(options.PkiDirectory is null
                    ? $"Test root certificate: {emulator.BaseUrl}pki/root.pem (a new PKI each start; --pki DIR keeps it)"
                    : $"Test PKI in {options.PkiDirectory} (root.pem; kept across restarts)").ConfigureAwait(false);
                await context.Output.WriteLineAsync($"OCSP: {emulator.OcspUrl}").ConfigureAwait(false);
                await context.Output.WriteLineAsync($"CRL: {emulator.CrlUrl}").ConfigureAwait(false);
                await context.Output.WriteLineAsync($"Timestamp authority: {emulator.TimestampUrl}").ConfigureAwait(false);
                await context.Output.WriteLineAsync(FormattableString.Invariant($"Upload limit: {options.MaxRequestBodySize} bytes (HTTP 413 above)")).ConfigureAwait(false);
                await context.Output.WriteLineAsync("TOTPs are delivered to the log mailbox. Press Ctrl+C to stop.").ConfigureAwait(false);
                await emulator.RunUntilCancelledAsync(cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
