using Bsre.Sdk.Internal;

namespace Bsre.Sdk.Cli.Infrastructure;

/// <summary>The CLI's output files, written through <see cref="AtomicOutput"/> (a failure leaves no file behind), with its exit codes.</summary>
internal static class AtomicFile
{
    /// <summary>Streams <paramref name="input"/> through <paramref name="transform"/> into <paramref name="output"/>, atomically.</summary>
    public static async Task TransformAsync(FileInfo input, FileInfo output, Func<Stream, Stream, Task> transform, CancellationToken cancellationToken, bool overwrite = true)
    {
        await using FileStream source = InputFiles.Open(input, "--in");
        await WriteAsync(output.FullName, destination => transform(source, destination), cancellationToken, overwrite).ConfigureAwait(false);
    }

    /// <summary>Writes <paramref name="path"/> through a temporary sibling; without <paramref name="overwrite"/>, an existing
    /// file at <paramref name="path"/> (even one that appeared meanwhile) is a usage error and stays untouched.</summary>
    public static async Task WriteAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken, bool overwrite = true)
    {
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new CliException(ExitCodes.NoInput, $"The output directory '{directory}' does not exist.");
        }

        if (!await AtomicOutput.WriteAsync(full, write, overwrite, cancellationToken).ConfigureAwait(false))
        {
            throw CliException.Usage($"'{full}' already exists; nothing was overwritten.");
        }
    }
}
