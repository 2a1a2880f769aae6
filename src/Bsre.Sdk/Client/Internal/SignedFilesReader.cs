using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace Bsre.Sdk.Client.Internal;

/// <summary>
/// Extracts base64 PDFs from a JSON answer (<c>file</c> array or <c>base64_signed_file</c>) by decoding them in place
/// inside the body buffer, so a signed document is held in memory once.
/// </summary>
internal static class SignedFilesReader
{
    public static List<SignedDocument> Decode(ResponseContext context, ArraySegment<byte> body, string propertyName, string? documentId)
    {
        var locations = new List<(int Start, int Length, byte[]? Copy)>();
        var reader = new Utf8JsonReader(body);
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1 || !reader.ValueTextEquals(propertyName))
            {
                continue;
            }

            reader.Read();
            if (reader.TokenType == JsonTokenType.String)
            {
                locations.Add(Locate(context, ref reader));
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    locations.Add(Locate(context, ref reader));
                }
            }

            break;
        }

        if (locations.Count == 0)
        {
            throw context.Fail(BsreErrorCode.InvalidResponse, $"the gateway's answer has no '{propertyName}' with a signed PDF");
        }

        var documents = new List<SignedDocument>(locations.Count);
        foreach ((int start, int length, byte[]? copy) in locations)
        {
            Memory<byte> pdf = copy ?? DecodeInPlace(context, body.AsMemory(start, length));
            if (!pdf.Span.StartsWith("%PDF-"u8))
            {
                throw context.Fail(BsreErrorCode.InvalidResponse, $"'{propertyName}' holds something that is not a PDF");
            }

            var stream = copy is not null ? new MemoryStream(copy, writable: false) : new MemoryStream(body.Array!, body.Offset + start, pdf.Length, writable: false);
            documents.Add(new SignedDocument(stream, documentId));
        }

        return documents;
    }

    private static (int Start, int Length, byte[]? Copy) Locate(ResponseContext context, ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return reader.TryGetBytesFromBase64(out byte[]? bytes)
                ? (0, 0, bytes)
                : throw context.Fail(BsreErrorCode.InvalidResponse, "a signed file in the gateway's answer is not valid base64");
        }

        return ((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, null);
    }

    private static Memory<byte> DecodeInPlace(ResponseContext context, Memory<byte> base64)
    {
        OperationStatus status = Base64.DecodeFromUtf8InPlace(base64.Span, out int written);
        return status == OperationStatus.Done
            ? base64[..written]
            : throw context.Fail(BsreErrorCode.InvalidResponse, "a signed file in the gateway's answer is not valid base64");
    }
}
