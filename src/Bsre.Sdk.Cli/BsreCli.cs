using System.CommandLine;
using Bsre.Sdk.Cli.Commands;
using Bsre.Sdk.Cli.Infrastructure;

namespace Bsre.Sdk.Cli;

/// <summary>The <c>bsre</c> command line: parses, runs, and maps every failure to the contract's exit codes.</summary>
internal static class BsreCli
{
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Where reports go.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <param name="cancellationToken">Cancelled by Ctrl+C.</param>
    /// <param name="stderrIsTerminal">Whether <paramref name="stderr"/> is a terminal: only then are progress lines drawn.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken, bool stderrIsTerminal = false)
    {
        var verbose = new Option<bool>("--verbose") { Description = "Print stack traces on errors", Recursive = true };
        var context = new CliContext(stdout, stderr, verbose, stderrIsTerminal ? stderr : null);
        var root = new RootCommand("bsre: sign and validate documents with BSrE certificates (CAdES, PAdES, the BSrE gateway)")
        {
            verbose,
            DemoCommand.Create(context),
            PkiCommands.Create(context),
            CmsCommands.Create(context),
            PdfCommands.Create(context),
            RemoteCommands.Create(context),
            EmulatorCommand.Create(context),
            UsageCommands.Create(context),
        };

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"bsre: {error.Message}").ConfigureAwait(false);
            }

            await stderr.WriteLineAsync("Run 'bsre --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
