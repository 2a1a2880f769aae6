namespace Bsre.Sdk.Internal;

/// <summary>
/// Writes a file through a temporary sibling that is moved into place only when the write succeeded: a reader sees the
/// old file or the new one, never a partial one, and a failure or cancellation leaves nothing behind.
/// </summary>
internal static class AtomicOutput
{
    /// <summary>Gets the comparer of resolved paths (<see cref="Resolve"/>) under the platform's case rule.</summary>
    public static StringComparer Paths { get; } = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>Returns whether two paths name the same file, by full path through symbolic links (the file's own and its folder's).</summary>
    /// <param name="path">One path.</param>
    /// <param name="other">The other path.</param>
    public static bool IsSameFile(string path, string other) => Paths.Equals(Resolve(path), Resolve(other));

    /// <summary>The full path with every symbolic link resolved (a file not yet written keeps its own name under its resolved folder).</summary>
    /// <param name="path">The path.</param>
    public static string Resolve(string path)
    {
        var file = new FileInfo(Path.GetFullPath(path));
        if (file.Exists && file.ResolveLinkTarget(returnFinalTarget: true) is { } target)
        {
            return Path.GetFullPath(target.FullName);
        }

        DirectoryInfo? folder = file.Directory;
        string? resolvedFolder = folder is { Exists: true } && folder.ResolveLinkTarget(returnFinalTarget: true) is { } link ? link.FullName : folder?.FullName;
        return resolvedFolder is null ? file.FullName : Path.Combine(resolvedFolder, file.Name);
    }

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
