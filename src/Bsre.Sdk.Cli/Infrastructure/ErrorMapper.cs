using Bsre.Sdk.Timestamping;

namespace Bsre.Sdk.Cli.Infrastructure;

/// <summary>Maps exceptions to the contract's exit codes and a one-line message.</summary>
internal static class ErrorMapper
{
    public static (int ExitCode, string Message) Map(Exception exception) => exception switch
    {
        CliException cli => (cli.ExitCode, cli.Message),
        FileNotFoundException or DirectoryNotFoundException => (ExitCodes.NoInput, exception.Message + " Check the path."),
        UnauthorizedAccessException => (ExitCodes.NoInput, exception.Message + " Check the file permissions."),
        DocumentFormatException => (ExitCodes.DataError, exception.Message),
        SigningKeyException => (ExitCodes.DataError, exception.Message),
        TimestampException => (ExitCodes.Unavailable, exception.Message + " Check --tsa and that the TSA is reachable."),
        OperationCanceledException => (ExitCodes.Internal, "Cancelled."),
        _ => (ExitCodes.Internal, $"Internal error ({exception.GetType().Name}): {exception.Message}. Please report it with --verbose output."),
    };
}
