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
    [LoggerMessage(EventId = BsreEventId.PdfSigned, EventName = nameof(BsreEventId.PdfSigned), Level = LogLevel.Information,
        Message = "Signed a PDF at level {Level} in {ElapsedMs} ms")]
    public static partial void Signed(ILogger logger, SignatureLevel level, long elapsedMs);

    [LoggerMessage(EventId = BsreEventId.PdfSigningFailed, EventName = nameof(BsreEventId.PdfSigningFailed), Level = LogLevel.Warning,
        Message = "Signing a PDF at level {Level} failed ({ErrorType})")]
    public static partial void SigningFailed(ILogger logger, SignatureLevel level, string errorType, Exception exception);

    [LoggerMessage(EventId = BsreEventId.PdfValidated, EventName = nameof(BsreEventId.PdfValidated), Level = LogLevel.Information,
        Message = "Validated {SignatureCount} PDF signature(s) and document timestamp(s): {Indication} in {ElapsedMs} ms")]
    public static partial void Validated(ILogger logger, int signatureCount, ValidationIndication? indication, long elapsedMs);

    [LoggerMessage(EventId = BsreEventId.PdfValidationFailed, EventName = nameof(BsreEventId.PdfValidationFailed), Level = LogLevel.Warning,
        Message = "A PDF could not be validated ({ErrorType})")]
    public static partial void ValidationFailed(ILogger logger, string errorType, Exception exception);
}
