using Microsoft.Extensions.Logging;

namespace Bsre.Sdk.Client.Internal;

/// <summary>The client's log messages. None takes a passphrase, TOTP, NIK, e-mail or document bytes.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = BsreEventId.RequestStarting, EventName = nameof(BsreEventId.RequestStarting), Level = LogLevel.Debug,
        Message = "Sending BSrE {Operation} request {RequestId} (attempt {Attempt})")]
    public static partial void RequestStarting(ILogger logger, string operation, string requestId, int attempt);

    [LoggerMessage(EventId = BsreEventId.RequestCompleted, EventName = nameof(BsreEventId.RequestCompleted), Level = LogLevel.Debug,
        Message = "BSrE {Operation} request {RequestId} answered HTTP {Status} ({ContentType}) in {ElapsedMs} ms")]
    public static partial void RequestCompleted(ILogger logger, string operation, string requestId, int status, string? contentType, long elapsedMs);

    [LoggerMessage(EventId = BsreEventId.DocumentsSigned, EventName = nameof(BsreEventId.DocumentsSigned), Level = LogLevel.Information,
        Message = "BSrE {Operation} returned {DocumentCount} signed document(s) (document id {DocumentId}) in {ElapsedMs} ms")]
    public static partial void DocumentsSigned(ILogger logger, string operation, int documentCount, string? documentId, long elapsedMs);

    /// <summary>Logs a failed call: at Warning when the signer or the caller is at fault (wrong passphrase, unknown NIK), else at Error.</summary>
    [LoggerMessage(EventId = BsreEventId.RequestFailed, EventName = nameof(BsreEventId.RequestFailed),
        Message = "BSrE {Operation} request {RequestId} failed with {ErrorCode} (HTTP {Status}, transient {IsTransient}): {Reason}")]
    public static partial void RequestFailed(ILogger logger, LogLevel level, string operation, string requestId, BsreErrorCode errorCode, int? status, bool isTransient, string reason);

    [LoggerMessage(EventId = BsreEventId.RequestRetrying, EventName = nameof(BsreEventId.RequestRetrying), Level = LogLevel.Warning,
        Message = "BSrE {Operation} request {RequestId} failed with {ErrorCode}; retrying in {DelayMs} ms (attempt {Attempt} of {MaxAttempts})")]
    public static partial void RequestRetrying(ILogger logger, string operation, string requestId, BsreErrorCode errorCode, long delayMs, int attempt, int maxAttempts);

    [LoggerMessage(EventId = BsreEventId.UserStatusRead, EventName = nameof(BsreEventId.UserStatusRead), Level = LogLevel.Information,
        Message = "BSrE {Operation}: certificate status {CertificateStatus} (request {RequestId})")]
    public static partial void UserStatusRead(ILogger logger, string operation, CertificateStatus certificateStatus, string requestId);

    [LoggerMessage(EventId = BsreEventId.InsecureHttp, EventName = nameof(BsreEventId.InsecureHttp), Level = LogLevel.Warning,
        Message = "The BSrE gateway {Host} is reached over plain HTTP with Basic credentials (AllowInsecureHttp is set); use it only on a trusted intranet")]
    public static partial void InsecureHttp(ILogger logger, string host);
}
