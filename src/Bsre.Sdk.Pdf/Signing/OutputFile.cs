namespace Bsre.Sdk.Pdf.Signing;

/// <summary>Runs a write into a temporary file beside the target and moves it into place only on success.</summary>
internal static class OutputFile
{
    public static async Task WriteAsync(string inputPath, string outputPath, Func<Stream, Stream, Task> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(inputPath);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        string full = Path.GetFullPath(outputPath);
        string temp = TemporaryBeside(full);
        try
        {
            await using (var input = new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous))
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await write(input, output).ConfigureAwait(false);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>A new hidden file name in the target's directory, so that the final move is a rename on the same volume.</summary>
    public static string TemporaryBeside(string outputPath)
    {
        string full = Path.GetFullPath(outputPath);
        return Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
    }
}
