namespace Bsre.Sdk.Cli.Infrastructure;

/// <summary>Writes an output file through a temporary sibling, so a failure leaves no file behind.</summary>
internal static class AtomicFile
{
    /// <summary>Streams <paramref name="input"/> through <paramref name="transform"/> into <paramref name="output"/>, atomically.</summary>
    public static async Task TransformAsync(FileInfo input, FileInfo output, Func<Stream, Stream, Task> transform, CancellationToken cancellationToken)
    {
        await using FileStream source = InputFiles.Open(input, "--in");
        await WriteAsync(output.FullName, destination => transform(source, destination), cancellationToken).ConfigureAwait(false);
    }

    public static async Task WriteAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new CliException(ExitCodes.NoInput, $"The output directory '{directory}' does not exist.");
        }

        string temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await write(stream).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
