using Microsoft.Extensions.Logging;

namespace Bsre.Sdk.Diagnostics;

/// <summary>
/// The log messages of CMS signing (2000-2999) and validation (3000-3999). The signer is named by its certificate's
/// SHA-256 thumbprint, never by its subject (a BSrE subject may carry a NIK); no secret, digest or content is logged.
/// </summary>
internal static partial class CmsLog
{
    [LoggerMessage(EventId = BsreEventId.SignatureCreated, EventName = nameof(BsreEventId.SignatureCreated), Level = LogLevel.Information,
        Message = "Created a CMS signature at level {Level} ({Scheme}, {HashAlgorithm}) with certificate {Thumbprint} in {ElapsedMs} ms")]
    public static partial void SignatureCreated(ILogger logger, Bsre.Sdk.Signing.SignatureLevel level, Bsre.Sdk.Signing.SignatureScheme scheme, string? hashAlgorithm, string thumbprint, long elapsedMs);

    [LoggerMessage(EventId = BsreEventId.SigningFailed, EventName = nameof(BsreEventId.SigningFailed), Level = LogLevel.Warning,
        Message = "Creating a CMS signature with certificate {Thumbprint} failed ({ErrorType})")]
    public static partial void SigningFailed(ILogger logger, string thumbprint, string errorType, Exception exception);

    [LoggerMessage(EventId = BsreEventId.SignatureExtended, EventName = nameof(BsreEventId.SignatureExtended), Level = LogLevel.Information,
        Message = "Extended a CMS signature to level {Level}")]
    public static partial void SignatureExtended(ILogger logger, Bsre.Sdk.Signing.SignatureLevel level);

    [LoggerMessage(EventId = BsreEventId.SignatureExtensionFailed, EventName = nameof(BsreEventId.SignatureExtensionFailed), Level = LogLevel.Warning,
        Message = "Extending a CMS signature to level {Level} failed ({ErrorType})")]
    public static partial void ExtensionFailed(ILogger logger, Bsre.Sdk.Signing.SignatureLevel level, string errorType, Exception exception);

    [LoggerMessage(EventId = BsreEventId.SignaturesValidated, EventName = nameof(BsreEventId.SignaturesValidated), Level = LogLevel.Information,
        Message = "Validated {SignatureCount} CMS signer(s): {Indication} in {ElapsedMs} ms")]
    public static partial void SignaturesValidated(ILogger logger, int signatureCount, Bsre.Sdk.Validation.ValidationIndication? indication, long elapsedMs);

    [LoggerMessage(EventId = BsreEventId.ValidationFailed, EventName = nameof(BsreEventId.ValidationFailed), Level = LogLevel.Warning,
        Message = "A CMS signature could not be validated ({ErrorType})")]
    public static partial void ValidationFailed(ILogger logger, string errorType, Exception exception);
}
