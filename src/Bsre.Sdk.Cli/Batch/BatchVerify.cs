using System.Text;
using System.Text.Json;
using Bsre.Sdk.Cli.Infrastructure;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Cli.Batch;

/// <summary>
/// <c>verify</c> over many files (cli.md, "Many files in one call"): validated in parallel with one set of options
/// (so one trust store, HTTP pool and revocation cache), reported in input order (JSON Lines with <c>--json</c>), and
/// the worst exit code.
/// </summary>
internal static class BatchVerify
{
    public static async Task<int> RunAsync(
        CliContext context, IReadOnlyList<FileInfo> files, bool json, Func<FileInfo, CancellationToken, Task<ValidationReport>> validate, CancellationToken cancellationToken)
    {
        var worst = new WorstExitCode();
        var progress = new ProgressLine(context.Terminal, files.Count);
        await BatchRunner.RunAsync(files, validate, async (file, outcome) =>
        {
            if (outcome.Error is { } error)
            {
                (int code, string message) = ErrorMapper.Map(error);
                worst.AddError(code);
                await (json
                    ? context.Output.WriteLineAsync(ErrorLine(file.Name, message))
                    : context.Error.WriteLineAsync($"bsre: {file.Name}: {message}")).ConfigureAwait(false);
            }
            else
            {
                worst.AddVerdict(await ReportPrinter.PrintAsync(outcome.Result!, json, context.Output, oneLine: true).ConfigureAwait(false));
            }
        }, progress, cancellationToken).ConfigureAwait(false);
        return worst.Code;
    }

    /// <summary><c>{"file": "...", "error": "..."}</c>: the JSON line of a file that could not be validated.</summary>
    public static string ErrorLine(string file, string message)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("file", file);
            writer.WriteString("error", message);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
