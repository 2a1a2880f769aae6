using Bsre.Sdk.Pdf;
using Bsre.Sdk.Pkcs11;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Cli.Infrastructure;

/// <summary>
/// Maps exceptions to the contract's exit codes and a one-line message. An SDK exception's exit code follows its
/// <see cref="BsreErrorCategory"/> alone, so a new SDK exception type gets the right code without a line here; the
/// hints only add which of the tool's options to check.
/// </summary>
internal static class ErrorMapper
{
    public static (int ExitCode, string Message) Map(Exception exception) => exception switch
    {
        CliException cli => (cli.ExitCode, cli.Message),
        FileNotFoundException or DirectoryNotFoundException => (ExitCodes.NoInput, exception.Message + " Check the path."),
        UnauthorizedAccessException => (ExitCodes.NoInput, exception.Message + " Check the file permissions."),
        BsreSdkException sdk => (ExitCode(BsreProblem.FromException(sdk)!.Category), sdk.Message + Hint(sdk)),
        OperationCanceledException => (ExitCodes.Unavailable, "Timed out: a remote service (TSA, OCSP responder, CRL server or gateway) did not answer in time."),
        _ => (ExitCodes.Internal, $"Internal error ({exception.GetType().Name}): {exception.Message}. Please report it with --verbose output."),
    };

    /// <summary>The contract's codes: bad input 65, a refused credential (passphrase, TOTP, PIN, registration) 77, a
    /// missing PKCS#11 module, token, key or certificate 66, an ambiguous key 64, a failing or unreachable service 69.</summary>
    private static int ExitCode(BsreErrorCategory category) => category switch
    {
        BsreErrorCategory.InvalidInput => ExitCodes.DataError,
        BsreErrorCategory.Refused => ExitCodes.Refused,
        BsreErrorCategory.NotFound => ExitCodes.NoInput,
        BsreErrorCategory.Configuration => ExitCodes.Usage,
        BsreErrorCategory.Unavailable => ExitCodes.Unavailable,
        _ => ExitCodes.Internal,
    };

    /// <summary>Which of the tool's options to check, where the message alone does not say.</summary>
    private static string Hint(BsreSdkException exception) => exception switch
    {
        DocumentLimitException => " Raise the limit only for documents you trust.",
        PdfPasswordException => " Give it with --pdf-password-env NAME or --pdf-password-file PATH.",
        TimestampException { ErrorCode: TimestampFailure.Unauthorized } => " Give them with --tsa-user and --tsa-password-env NAME or --tsa-password-file PATH.",
        TimestampException => " Check --tsa and that the TSA is reachable.",
        ValidationDataException => " Check that the certificates' OCSP responders and CRL distribution points are reachable.",
        Pkcs11SignerException { ErrorCode: Pkcs11ErrorCode.PinIncorrect or Pkcs11ErrorCode.PinLocked or Pkcs11ErrorCode.PinExpired } => " Check --pin-env or --pin-file.",
        Pkcs11SignerException { ErrorCode: Pkcs11ErrorCode.KeyAmbiguous } => " Give --pkcs11-key LABEL.",
        _ => string.Empty,
    };
}
