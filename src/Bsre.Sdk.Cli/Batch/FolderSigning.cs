using Bsre.Sdk.Cli.Infrastructure;

namespace Bsre.Sdk.Cli.Batch;

/// <summary>
/// <c>bsre pdf sign --in DIR --out DIR</c> (cli.md, "Many files in one call") and <c>bsre pdf extend --in DIR --out DIR</c>:
/// every <c>*.pdf</c> directly in the input directory, signed (or extended) in parallel with the one key, TSA client and
/// HTTP pool the caller built, into the output directory under the
/// same name. An existing output file is that file's error (nothing is overwritten); each output appears whole or not
/// at all (<see cref="AtomicFile"/>); a failed file does not stop the others.
/// </summary>
internal static class FolderSigning
{
    public static async Task RunAsync(
        CliContext context, DirectoryInfo input, DirectoryInfo output, Func<Stream, Stream, CancellationToken, Task> sign, string verb, string description, CancellationToken cancellationToken)
    {
        if (!output.Exists)
        {
            throw new CliException(ExitCodes.NoInput, $"The --out directory '{output.FullName}' does not exist (with --in DIR, --out is a directory).");
        }

        if (string.Equals(Path.TrimEndingDirectorySeparator(input.FullName), Path.TrimEndingDirectorySeparator(output.FullName), StringComparison.Ordinal))
        {
            throw CliException.Usage("--out must be another directory than --in: the files keep their names and nothing is overwritten.");
        }

        IReadOnlyList<FileInfo> files = InputSet.Expand([new FileInfo(input.FullName)], ".pdf");
        int failed = 0;
        int? firstError = null;
        await BatchRunner.RunAsync(
            files,
            (file, token) => SignOneAsync(file, new FileInfo(Path.Combine(output.FullName, file.Name)), sign, token),
            async (file, outcome) =>
            {
                if (outcome.Error is { } error)
                {
                    (int code, string message) = ErrorMapper.Map(error);
                    failed++;
                    firstError ??= code;
                    await context.Error.WriteLineAsync($"bsre: {file.Name}: {message}").ConfigureAwait(false);
                }
                else
                {
                    await context.Output.WriteLineAsync($"{char.ToUpperInvariant(verb[0])}{verb[1..]} {file.Name}{description}: {outcome.Result!.FullName}").ConfigureAwait(false);
                }
            },
            new ProgressLine(context.Terminal, files.Count),
            cancellationToken).ConfigureAwait(false);

        if (firstError is { } exitCode)
        {
            throw new CliException(exitCode, $"{failed} of {files.Count} PDFs were not {verb} (see above); the others are in {output.FullName}.");
        }
    }

    private static async Task<FileInfo> SignOneAsync(FileInfo input, FileInfo output, Func<Stream, Stream, CancellationToken, Task> sign, CancellationToken cancellationToken)
    {
        if (output.Exists)
        {
            throw CliException.Usage($"'{output.FullName}' already exists; nothing was overwritten.");
        }

        await AtomicFile.TransformAsync(input, output, (from, to) => sign(from, to, cancellationToken), cancellationToken, overwrite: false).ConfigureAwait(false);
        return output;
    }
}
