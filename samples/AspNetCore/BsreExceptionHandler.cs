using Bsre.Sdk;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Bsre.Sdk.Samples.AspNetCore;

/// <summary>
/// Answers every SDK exception with its RFC 9457 problem (<see cref="BsreProblem"/>: 422 for the signer's mistakes, 413 for
/// a document too large, 502-504 for gateway trouble), and a bad or oversized upload with a 400 or 413 problem. Anything
/// else is left to the default handling (a bare 500).
/// </summary>
internal sealed partial class BsreExceptionHandler(IProblemDetailsService problems, IConfiguration configuration, ILogger<BsreExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            // Kestrel's MaxRequestBodySize gives 413; the form reader's MultipartBodyLengthLimit an InvalidDataException inside a 400.
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or BadHttpRequestException { InnerException: InvalidDataException } => new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Type = "urn:bsre-sdk:problem:upload-too-large",
                Title = "The upload is too large",
                Detail = $"This service accepts requests of up to {Uploads.MaxRequestBytes(configuration):N0} bytes.",
            },
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = "The request is not valid", Detail = bad.Message },
            _ => BsreProblem.FromException(exception) is { } sdk ? ToProblemDetails(sdk) : null,
        };
        if (problem is null)
        {
            return false;
        }

        bool serverFault = problem.Status >= 500;
        Log.Answered(logger, serverFault ? LogLevel.Error : LogLevel.Information, serverFault ? exception : null, httpContext.Request.Path, problem.Status!.Value, problem.Type);
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails ToProblemDetails(BsreProblem sdk)
    {
        var problem = new ProblemDetails { Status = sdk.Status, Type = sdk.Type, Title = sdk.Title, Detail = sdk.Detail };
        problem.Extensions["isTransient"] = sdk.IsTransient;
        if (sdk.RequestId is { } requestId)
        {
            problem.Extensions["requestId"] = requestId;
        }

        return problem;
    }

    private static partial class Log
    {
        /// <summary>The caller's mistakes at Information (the SDK already logged the signer's at Warning), the server's and upstream failures at Error with the exception.</summary>
        [LoggerMessage(EventId = 1, Message = "{Path} answered {Status} {Type}")]
        public static partial void Answered(ILogger logger, LogLevel level, Exception? exception, PathString path, int status, string? type);
    }
}
