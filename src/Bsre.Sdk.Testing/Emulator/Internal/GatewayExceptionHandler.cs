using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>Answers failures the way a gateway does: JSON <c>{"error", "status_code"}</c>, 400 with iText 5's "Rebuild failed" for an unreadable PDF, 500 otherwise.</summary>
internal sealed partial class GatewayExceptionHandler
{
    private readonly ILogger _logger;

    public GatewayExceptionHandler(ILogger logger) => _logger = logger;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await UploadLimit.TooLarge(context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? 0).ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
        {
            Failed(_logger, context.Request.Method, e.GetType().Name, e);
            IResult result = e is DocumentFormatException or InvalidDataException
                ? GatewayResults.Unreadable(e.Message)
                : GatewayResults.Error("Internal Server Error: " + e.GetType().Name, StatusCodes.Status500InternalServerError);
            await result.ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 9002, Level = LogLevel.Error, Message = "Emulator request {Method} failed with {ExceptionType}")]
    private static partial void Failed(ILogger logger, string method, string exceptionType, Exception exception);
}
