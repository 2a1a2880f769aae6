using Bsre.Sdk.Internal;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>Streams an input file through a transformation into an output file written atomically (<see cref="AtomicOutput"/>).</summary>
internal static class OutputFile
{
    /// <summary>Writes <paramref name="outputPath"/> from <paramref name="inputPath"/>, which must be another file.</summary>
    public static Task WriteAsync(string inputPath, string outputPath, Func<Stream, Stream, Task> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(inputPath);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        EnsureNotInput(inputPath, outputPath);
        return TransformAsync(inputPath, outputPath, write);
    }

    /// <summary>
    /// Writes <paramref name="outputPath"/> from <paramref name="inputPath"/>, which may be the same file: only for archive
    /// renewal, whose documented purpose is to extend an archive in place (its bytes stay a prefix of the new file).
    /// </summary>
    public static async Task TransformAsync(string inputPath, string outputPath, Func<Stream, Stream, Task> write)
    {
        await using var input = new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous);
        await AtomicOutput.WriteAsync(outputPath, output => write(input, output), overwrite: true, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Refuses an output that is the input file itself (by path, through symbolic links): signing never modifies its input.</summary>
    /// <exception cref="ArgumentException"><paramref name="outputPath"/> names <paramref name="inputPath"/>'s file.</exception>
    private static void EnsureNotInput(string inputPath, string outputPath)
    {
        if (AtomicOutput.IsSameFile(inputPath, outputPath))
        {
            throw new ArgumentException($"The output '{outputPath}' is the input file itself; the SDK writes a new file and never modifies its input, so choose another output path.", nameof(outputPath));
        }
    }

    /// <summary>Refuses two documents of a batch that share an output, and an output that is one of the batch's inputs.</summary>
    /// <exception cref="ArgumentException">Two outputs name the same file, or an output names an input.</exception>
    public static void EnsureDistinct(IReadOnlyList<(string Input, string Output)> files, string paramName)
    {
        var inputs = new HashSet<string>(files.Select(file => AtomicOutput.Resolve(file.Input)), AtomicOutput.Paths);
        var outputs = new HashSet<string>(AtomicOutput.Paths);
        foreach (var (_, output) in files)
        {
            string resolved = AtomicOutput.Resolve(output);
            if (inputs.Contains(resolved))
            {
                throw new ArgumentException($"The output '{output}' is one of the inputs; the SDK writes new files and never modifies its input, so choose another output folder.", paramName);
            }

            if (!outputs.Add(resolved))
            {
                throw new ArgumentException($"Two documents have the same output '{output}'; each needs its own.", paramName);
            }
        }
    }
}
