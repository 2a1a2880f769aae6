using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>
/// The gateway's upload limit (<see cref="EmulatorOptions.MaxRequestBodySize"/>): a request that announces a larger body
/// gets HTTP 413 (RFC 9110 §15.5.14) with a gateway error body before anything is read, and Kestrel drains the rest, so
/// the client reads the answer instead of losing its connection mid-upload; a chunked body is cut at the limit.
/// </summary>
internal sealed class UploadLimit(long maxBytes)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.ContentLength > maxBytes)
        {
            await TooLarge(maxBytes).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>The answer for a body over the limit.</summary>
    public static IResult TooLarge(long maxBytes) =>
        GatewayResults.Error(FormattableString.Invariant($"Request Entity Too Large: ukuran dokumen melebihi batas {maxBytes} byte"), StatusCodes.Status413PayloadTooLarge);
}
