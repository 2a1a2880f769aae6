using Bsre.Sdk.Pkcs11;
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
        Pkcs11SignerException pkcs11 => Pkcs11(pkcs11),
        Pdf.PdfPasswordException => (ExitCodes.DataError, exception.Message + " Give it with --pdf-password-env NAME or --pdf-password-file PATH."),
        TimestampException { Failure: TimestampFailure.Unauthorized } => (ExitCodes.Unavailable, exception.Message + " Give them with --tsa-user and --tsa-password-env NAME or --tsa-password-file PATH."),
        TimestampException => (ExitCodes.Unavailable, exception.Message + " Check --tsa and that the TSA is reachable."),
        Validation.ValidationDataException => (ExitCodes.Unavailable, exception.Message + " Check that the certificates' OCSP responders and CRL distribution points are reachable."),
        BsreException bsre => (BsreExitCode(bsre.ErrorCode), bsre.Message),
        OperationCanceledException => (ExitCodes.Unavailable, "Timed out: a remote service (TSA, OCSP responder, CRL server or gateway) did not answer in time."),
        _ => (ExitCodes.Internal, $"Internal error ({exception.GetType().Name}): {exception.Message}. Please report it with --verbose output."),
    };

    /// <summary>The contract's PKCS#11 codes: a refused, locked or expired PIN is 77, a missing module, token, key or certificate 66.</summary>
    private static (int ExitCode, string Message) Pkcs11(Pkcs11SignerException e) => e.ErrorCode switch
    {
        Pkcs11ErrorCode.PinIncorrect or Pkcs11ErrorCode.PinLocked or Pkcs11ErrorCode.PinExpired => (ExitCodes.Refused, e.Message + " Check --pin-env or --pin-file."),
        Pkcs11ErrorCode.ModuleNotFound or Pkcs11ErrorCode.TokenNotFound or Pkcs11ErrorCode.KeyNotFound or Pkcs11ErrorCode.CertificateNotFound => (ExitCodes.NoInput, e.Message),
        Pkcs11ErrorCode.KeyAmbiguous => (ExitCodes.Usage, e.Message + " Give --pkcs11-key LABEL."),
        Pkcs11ErrorCode.MechanismNotSupported => (ExitCodes.DataError, e.Message),
        _ => (ExitCodes.Unavailable, e.Message),
    };

    /// <summary>BSrE refusals (passphrase, TOTP, registration, certificate status, credentials) are 77; an unreachable,
    /// failing or garbled gateway is 69; a request the gateway rejected as malformed or too large is 65.</summary>
    private static int BsreExitCode(BsreErrorCode code) => code switch
    {
        BsreErrorCode.InvalidPassphrase or BsreErrorCode.InvalidTotp or BsreErrorCode.UserNotRegistered
            or BsreErrorCode.CertificateNotActive or BsreErrorCode.Unauthorized or BsreErrorCode.Unknown => ExitCodes.Refused,
        BsreErrorCode.ServiceUnavailable or BsreErrorCode.Timeout or BsreErrorCode.InvalidResponse
            or BsreErrorCode.NotSupported or BsreErrorCode.NotFound => ExitCodes.Unavailable,
        BsreErrorCode.InvalidRequest or BsreErrorCode.DocumentTooLarge or BsreErrorCode.InvalidDocument => ExitCodes.DataError,
        _ => ExitCodes.Internal,
    };
}
