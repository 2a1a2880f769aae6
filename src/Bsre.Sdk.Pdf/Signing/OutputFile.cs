using Bsre.Sdk.Internal;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>Streams an input file through a transformation into an output file written atomically (<see cref="AtomicOutput"/>).</summary>
internal static class OutputFile
{
    public static async Task WriteAsync(string inputPath, string outputPath, Func<Stream, Stream, Task> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(inputPath);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        await using var input = new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous);
        await AtomicOutput.WriteAsync(outputPath, output => write(input, output), overwrite: true, CancellationToken.None).ConfigureAwait(false);
    }
}
