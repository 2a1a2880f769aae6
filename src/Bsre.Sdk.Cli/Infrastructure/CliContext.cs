using System.CommandLine;

namespace Bsre.Sdk.Cli.Infrastructure;

/// <summary>Output writers and the error-handling wrapper every command's action runs in.</summary>
internal sealed class CliContext
{
    private readonly Option<bool> _verbose;

    public CliContext(TextWriter output, TextWriter error, Option<bool> verbose, TextWriter? terminal)
    {
        Output = output;
        Error = error;
        _verbose = verbose;
        Terminal = terminal;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Gets stderr when it is a terminal (for progress lines), else <see langword="null"/>.</summary>
    public TextWriter? Terminal { get; }

    /// <summary>Sets <paramref name="action"/> as the command's action, with failures mapped to exit codes and one stderr line.</summary>
    public void SetAction(Command command, Func<ParseResult, CancellationToken, Task<int>> action)
    {
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                return await action(parse, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C (SIGINT): the shell's convention, 128 + 2; any output file was removed by AtomicFile.
                await Error.WriteLineAsync("bsre: Cancelled.").ConfigureAwait(false);
                return ExitCodes.Cancelled;
            }
            catch (Exception e)
            {
                (int code, string message) = ErrorMapper.Map(e);
                await Error.WriteLineAsync($"bsre: {message}").ConfigureAwait(false);
                if (parse.GetValue(_verbose))
                {
                    await Error.WriteLineAsync(e.ToString()).ConfigureAwait(false);
                }

                return code;
            }
        });
    }
}
