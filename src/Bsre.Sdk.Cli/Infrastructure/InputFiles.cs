namespace Bsre.Sdk.Cli.Infrastructure;

/// <summary>Opens input files for streaming reads, with the contract's error for a missing file.</summary>
internal static class InputFiles
{
    public static FileStream Open(FileInfo file, string option)
    {
        if (!file.Exists)
        {
            throw new CliException(ExitCodes.NoInput, $"The {option} file '{file.FullName}' does not exist.");
        }

        return new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
    }
}
