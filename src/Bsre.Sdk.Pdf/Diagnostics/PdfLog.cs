using Bsre.Sdk.Signing;
using Bsre.Sdk.Validation;
using Microsoft.Extensions.Logging;

namespace Bsre.Sdk.Pdf.Diagnostics;

/// <summary>
/// The log messages of PDF signing and validation (4000-4999). No file name (it may name a person), field value,
/// password or document content is logged.
/// </summary>
internal static partial class PdfLog
{
    /// <summary>Names a signer in a log message: its certificate's SHA-256 thumbprint, never its subject (a BSrE subject may carry a NIK).</summary>
    public static string Thumbprint(SignerCertificates certificates) =>
        certificates.SigningCertificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256);

    [LoggerMessage(EventId = BsreEventId.PdfSigned, EventName = nameof(BsreEventId.PdfSigned), Level = LogLevel.Information,
        Message = "Signed a PDF at level {Level} with certificate {Thumbprint} in {ElapsedMs} ms")]
    public static partial void Signed(ILogger logger, SignatureLevel level, string thumbprint, long elapsedMs);

    [LoggerMessage(EventId = BsreEventId.PdfSigningFailed, EventName = nameof(BsreEventId.PdfSigningFailed), Level = LogLevel.Warning,
        Message = "PDF signing ({Operation}) at level {Level} failed ({ErrorType})")]
    public static partial void SigningFailed(ILogger logger, string operation, SignatureLevel level, string errorType, Exception exception);

    [LoggerMessage(EventId = BsreEventId.PdfTimestamped, EventName = nameof(BsreEventId.PdfTimestamped), Level = LogLevel.Information,
        Message = "Added a document timestamp ({HashAlgorithm}) to a PDF in {ElapsedMs} ms")]
    public static partial void Timestamped(ILogger logger, string? hashAlgorithm, long elapsedMs);

    [LoggerMessage(EventId = BsreEventId.PdfTimestampFailed, EventName = nameof(BsreEventId.PdfTimestampFailed), Level = LogLevel.Warning,
        Message = "Adding a document timestamp to a PDF failed ({ErrorType})")]
    public static partial void TimestampFailed(ILogger logger, string errorType, Exception exception);

    [LoggerMessage(EventId = BsreEventId.PdfExtended, EventName = nameof(BsreEventId.PdfExtended), Level = LogLevel.Information,
        Message = "Extended a signed PDF to level {Level} in {ElapsedMs} ms")]
    public static partial void Extended(ILogger logger, SignatureLevel level, long elapsedMs);

    [LoggerMessage(EventId = BsreEventId.PdfExtensionFailed, EventName = nameof(BsreEventId.PdfExtensionFailed), Level = LogLevel.Warning,
        Message = "Extending a signed PDF to level {Level} failed ({ErrorType})")]
    public static partial void ExtensionFailed(ILogger logger, SignatureLevel level, string errorType, Exception exception);

    [LoggerMessage(EventId = BsreEventId.PdfSignaturePrepared, EventName = nameof(BsreEventId.PdfSignaturePrepared), Level = LogLevel.Information,
        Message = "Prepared a PDF for a level {Level} signature by certificate {Thumbprint} ({ContentsCapacity} bytes reserved) in {ElapsedMs} ms")]
    public static partial void Prepared(ILogger logger, SignatureLevel level, string thumbprint, int contentsCapacity, long elapsedMs);

    [LoggerMessage(EventId = BsreEventId.PdfSignatureCompleted, EventName = nameof(BsreEventId.PdfSignatureCompleted), Level = LogLevel.Information,
        Message = "Embedded a {CmsLength}-byte signature into a prepared PDF in {ElapsedMs} ms")]
    public static partial void Completed(ILogger logger, int cmsLength, long elapsedMs);

    [LoggerMessage(EventId = BsreEventId.PdfBatchSigned, EventName = nameof(BsreEventId.PdfBatchSigned), Level = LogLevel.Information,
        Message = "Signed {DocumentCount} PDF(s) at level {Level} with certificate {Thumbprint} in {ElapsedMs} ms")]
    public static partial void BatchSigned(ILogger logger, int documentCount, SignatureLevel level, string thumbprint, long elapsedMs);

    [LoggerMessage(EventId = BsreEventId.PdfValidated, EventName = nameof(BsreEventId.PdfValidated), Level = LogLevel.Information,
        Message = "Validated {SignatureCount} PDF signature(s) and document timestamp(s): {Indication} in {ElapsedMs} ms")]
    public static partial void Validated(ILogger logger, int signatureCount, ValidationIndication? indication, long elapsedMs);

    [LoggerMessage(EventId = BsreEventId.PdfValidationFailed, EventName = nameof(BsreEventId.PdfValidationFailed), Level = LogLevel.Warning,
        Message = "A PDF could not be validated ({ErrorType})")]
    public static partial void ValidationFailed(ILogger logger, string errorType, Exception exception);
}
