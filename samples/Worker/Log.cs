using Microsoft.Extensions.Logging;

namespace Bsre.Sdk.Samples.Worker;

/// <summary>The worker's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Signing {Total} PDF files from {Input} as {Signer}")]
    public static partial void Starting(ILogger logger, int total, string input, string signer);

    [LoggerMessage(2, LogLevel.Information, "[{Done}/{Total}] signed {File}")]
    public static partial void Signed(ILogger logger, int done, int total, string file);

    [LoggerMessage(3, LogLevel.Warning, "[{Done}/{Total}] NOT signed {File}")]
    public static partial void NotSigned(ILogger logger, int done, int total, string file);

    [LoggerMessage(4, LogLevel.Warning, "Cancelled: {Signed} signed, {Failed} failed, {Left} not started; the file in progress was not written")]
    public static partial void Cancelled(ILogger logger, int signed, int failed, int left);

    [LoggerMessage(5, LogLevel.Information, "Done: {Signed} signed, {Failed} failed; usage recorded")]
    public static partial void Done(ILogger logger, int signed, int failed);

    [LoggerMessage(6, LogLevel.Error, "Configuration: {Problem}")]
    public static partial void BadConfiguration(ILogger logger, string problem);

    [LoggerMessage(7, LogLevel.Warning, "{File} could not be signed: {Reason}")]
    public static partial void SigningFailed(ILogger logger, string file, string reason);
}
