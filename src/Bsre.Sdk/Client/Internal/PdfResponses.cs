using System.Text.Json;

namespace Bsre.Sdk.Client.Internal;

/// <summary>Reads answers that should be a PDF: success is a body starting with <c>%PDF-</c>, streamed to the caller.</summary>
internal static class PdfResponses
{
    private const int MaxErrorBody = 1024 * 1024;

    public static async Task<SignedDocument> ReadAsync(HttpResponseMessage response, ResponseContext context, CancellationToken cancellationToken)
    {
        string? mediaType = response.Content.Headers.ContentType?.MediaType;
        bool textual = mediaType is not null && (mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) || mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase));
        if (JsonResponses.IsSuccess(context) && !textual)
        {
            Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            byte[] prefix = new byte[5];
            int read = await stream.ReadAtLeastAsync(prefix, prefix.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            if (read == prefix.Length && prefix.AsSpan().SequenceEqual("%PDF-"u8))
            {
                context.ResponseOwned = true;
                return new SignedDocument(new PrefixedStream(prefix, stream), DocumentId(response), response);
            }

            await stream.DisposeAsync().ConfigureAwait(false);
            throw context.Fail(BsreErrorCode.InvalidResponse, "the gateway answered a body that is not a PDF (no %PDF- header)");
        }

        ArraySegment<byte> body = await JsonResponses.ReadBodyAsync(response, new ResponseContext(context.Call, context.RequestId, context.Status, MaxErrorBody, context.Url), cancellationToken)
            .ConfigureAwait(false);
        using JsonDocument document = JsonResponses.Parse(context, body);
        throw context.Fail(BsreErrorCode.InvalidResponse, "the gateway answered JSON without an error instead of the signed PDF");
    }

    public static string? DocumentId(HttpResponseMessage response)
    {
        foreach (string name in new[] { "id_dokumen", "id-dokumen" })
        {
            if (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
            {
                return values.FirstOrDefault();
            }
        }

        return null;
    }
}
