using Bsre.Sdk;

namespace Bsre.Sdk.Samples.AspNetCore;

/// <summary>Turns a <see cref="BsreException"/> into an RFC 9457 problem: the signer's mistakes are 422, gateway trouble 502-504.</summary>
internal static class GatewayProblem
{
    public static IResult From(BsreException exception) => Results.Problem(
        title: exception.ErrorCode.ToString(),
        detail: exception.Message,
        statusCode: exception.ErrorCode switch
        {
            BsreErrorCode.InvalidPassphrase or BsreErrorCode.InvalidTotp or BsreErrorCode.UserNotRegistered or BsreErrorCode.CertificateNotActive => StatusCodes.Status422UnprocessableEntity,
            BsreErrorCode.InvalidRequest => StatusCodes.Status400BadRequest,
            BsreErrorCode.NotSupported => StatusCodes.Status501NotImplemented,
            BsreErrorCode.Timeout => StatusCodes.Status504GatewayTimeout,
            BsreErrorCode.ServiceUnavailable => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status502BadGateway,
        },
        extensions: new Dictionary<string, object?> { ["requestId"] = exception.RequestId, ["isTransient"] = exception.IsTransient });
}
