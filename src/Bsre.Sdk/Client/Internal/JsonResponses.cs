using System.Globalization;
using System.Text.Json;

namespace Bsre.Sdk.Client.Internal;

/// <summary>Reads JSON answers with a size cap and decides success by content, not by the HTTP status alone.</summary>
internal static class JsonResponses
{
    public static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, ResponseContext context, CancellationToken cancellationToken)
    {
        ArraySegment<byte> body = await ReadBodyAsync(response, context, cancellationToken).ConfigureAwait(false);
        return Parse(context, body);
    }

    /// <summary>Parses a JSON answer, throwing the mapped <see cref="BsreException"/> for errors, HTML pages and malformed JSON.</summary>
    public static JsonDocument Parse(ResponseContext context, ReadOnlyMemory<byte> body)
    {
        JsonDocument? document = TryParse(body);
        if (document is null)
        {
            throw NotJson(context, body.Span);
        }

        JsonElement root = document.RootElement;
        if (GatewayErrors.IsError(root) || !IsSuccess(context) || root.ValueKind != JsonValueKind.Object)
        {
            BsreException error = root.ValueKind == JsonValueKind.Object ? GatewayErrors.FromJson(context, root) : GatewayErrors.FromStatus(context, null);
            document.Dispose();
            throw IsSuccess(context) && error.ErrorCode == BsreErrorCode.Unknown && root.ValueKind != JsonValueKind.Object
                ? context.Fail(BsreErrorCode.InvalidResponse, "the gateway answered JSON that is not an object")
                : error;
        }

        return document;
    }

    public static BsreException NotJson(ResponseContext context, ReadOnlySpan<byte> body)
    {
        string what = LooksLikeHtml(body) ? "an HTML page" : body.IsEmpty ? "an empty body" : "malformed JSON";
        return IsSuccess(context)
            ? context.Fail(BsreErrorCode.InvalidResponse, $"the gateway answered {what} instead of the API's JSON")
            : GatewayErrors.FromStatus(context, $"{what} instead of the API's JSON");
    }

    public static bool IsSuccess(ResponseContext context) => context.Status is >= 200 and < 300;

    /// <summary>Reads the whole body, capped at <see cref="ResponseContext.MaxResponseSize"/>, into one buffer (no second copy).</summary>
    public static async Task<ArraySegment<byte>> ReadBodyAsync(HttpResponseMessage response, ResponseContext context, CancellationToken cancellationToken)
    {
        long? declared = response.Content.Headers.ContentLength;
        if (declared > context.MaxResponseSize)
        {
            throw TooLarge(context, declared.Value);
        }

        using Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = new MemoryStream(declared is > 0 ? (int)declared.Value : 16 * 1024);
        byte[] chunk = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > context.MaxResponseSize)
            {
                throw TooLarge(context, buffer.Length + read);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.TryGetBuffer(out ArraySegment<byte> segment) ? segment : buffer.ToArray();
    }

    private static BsreException TooLarge(ResponseContext context, long size) => context.Fail(
        BsreErrorCode.InvalidResponse,
        string.Create(CultureInfo.InvariantCulture, $"the answer ({size} bytes or more) exceeds BsreClientOptions.MaxResponseSize ({context.MaxResponseSize} bytes)"));

    private static JsonDocument? TryParse(ReadOnlyMemory<byte> body)
    {
        try
        {
            return body.IsEmpty ? null : JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> body)
    {
        ReadOnlySpan<byte> trimmed = body.TrimStart(" \t\r\n"u8);
        return trimmed.StartsWith("<"u8);
    }
}
