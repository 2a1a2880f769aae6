using Bsre.Sdk.Cli.Infrastructure;

namespace Bsre.Sdk.Cli.Batch;

/// <summary>
/// The files named by one or more <c>--in</c> values: a file stands for itself, a directory for every file directly in
/// it whose extension is one of the command's (ordinal name order), so the output order is the same on every run.
/// </summary>
internal static class InputSet
{
    /// <summary>Whether the values name more than one document, so the command runs as a batch (JSON Lines).</summary>
    public static bool IsBatch(IReadOnlyList<FileInfo> values) => values.Count > 1 || (values.Count == 1 && Directory.Exists(values[0].FullName));

    /// <summary>Expands the values in the order given. A path that is neither a file nor a directory is kept: its
    /// validation reports it as not found (66) on its own line without stopping the others.</summary>
    public static IReadOnlyList<FileInfo> Expand(IReadOnlyList<FileInfo> values, params string[] extensions)
    {
        var files = new List<FileInfo>();
        foreach (FileInfo value in values)
        {
            if (Directory.Exists(value.FullName))
            {
                files.AddRange(Directory.EnumerateFiles(value.FullName)
                    .Where(path => extensions.Any(extension => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase)))
                    .Order(StringComparer.Ordinal)
                    .Select(path => new FileInfo(path)));
            }
            else
            {
                files.Add(value);
            }
        }

        return files.Count > 0
            ? files
            : throw new CliException(ExitCodes.NoInput, $"--in names no {string.Join(" or ", extensions.Select(e => $"*{e}"))} file.");
    }
}
