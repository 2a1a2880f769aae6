namespace Bsre.Sdk.Internal;

/// <summary>
/// Writes a file through a temporary sibling that is moved into place only when the write succeeded: a reader sees the
/// old file or the new one, never a partial one, and a failure or cancellation leaves nothing behind.
/// </summary>
internal static class AtomicOutput
{
    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="write">Writes the content into the stream it is given.</param>
    /// <param name="overwrite">Whether an existing file is replaced.</param>
    /// <param name="cancellationToken">Cancels the final flush (the write observes its own token).</param>
    /// <returns><see langword="false"/> when <paramref name="overwrite"/> is off and the file exists (even one that appeared meanwhile): it stays untouched.</returns>
    public static async Task<bool> WriteAsync(string path, Func<Stream, Task> write, bool overwrite, CancellationToken cancellationToken)
    {
        string full = Path.GetFullPath(path);
        string temporary = TemporaryBeside(full);
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await write(stream).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            try
            {
                File.Move(temporary, full, overwrite);
                return true;
            }
            catch (IOException) when (!overwrite && File.Exists(full))
            {
                return false;
            }
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Returns a new hidden file name in <paramref name="path"/>'s directory, so that the final move is a rename on the same volume.</summary>
    /// <param name="path">The file to be written.</param>
    public static string TemporaryBeside(string path)
    {
        string full = Path.GetFullPath(path);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
    }
}
