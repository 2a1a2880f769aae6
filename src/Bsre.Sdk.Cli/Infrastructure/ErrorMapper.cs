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
        DocumentLimitException limit => (ExitCodes.DataError, $"{limit.Message} Raise the limit only for documents you trust."),
        DocumentFormatException => (ExitCodes.DataError, exception.Message),
        SigningKeyException => (ExitCodes.DataError, exception.Message),
        Pdf.PdfPasswordException => (ExitCodes.DataError, exception.Message + " Give it with --pdf-password-env NAME or --pdf-password-file PATH."),
        TimestampException => (ExitCodes.Unavailable, exception.Message + " Check --tsa and that the TSA is reachable."),
        Validation.ValidationDataException => (ExitCodes.Unavailable, exception.Message + " Check that the certificates' OCSP responders and CRL distribution points are reachable."),
        BsreException bsre => (BsreExitCode(bsre.ErrorCode), bsre.Message),
        OperationCanceledException => (ExitCodes.Internal, "Cancelled."),
        _ => (ExitCodes.Internal, $"Internal error ({exception.GetType().Name}): {exception.Message}. Please report it with --verbose output."),
    };

    /// <summary>BSrE refusals (passphrase, TOTP, registration, certificate status, credentials) are 77; an unreachable,
    /// failing or garbled gateway is 69; a request the gateway rejected as malformed is 65.</summary>
    private static int BsreExitCode(BsreErrorCode code) => code switch
    {
        BsreErrorCode.InvalidPassphrase or BsreErrorCode.InvalidTotp or BsreErrorCode.UserNotRegistered
            or BsreErrorCode.CertificateNotActive or BsreErrorCode.Unauthorized or BsreErrorCode.Unknown => ExitCodes.Refused,
        BsreErrorCode.ServiceUnavailable or BsreErrorCode.Timeout or BsreErrorCode.InvalidResponse
            or BsreErrorCode.NotSupported or BsreErrorCode.NotFound => ExitCodes.Unavailable,
        BsreErrorCode.InvalidRequest => ExitCodes.DataError,
        _ => ExitCodes.Internal,
    };
}
