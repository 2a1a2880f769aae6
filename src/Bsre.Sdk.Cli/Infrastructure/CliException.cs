namespace Bsre.Sdk.Cli.Infrastructure;

/// <summary>A failure with the exit code and the one line to print.</summary>
internal sealed class CliException : Exception
{
    public CliException(int exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public CliException()
    {
    }

    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int ExitCode { get; } = ExitCodes.Internal;

    public static CliException Usage(string message) => new(ExitCodes.Usage, message);
}
