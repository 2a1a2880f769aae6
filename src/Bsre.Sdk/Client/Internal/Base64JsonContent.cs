using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Bsre.Sdk.Client.Internal;

/// <summary>
/// A v2 JSON body <c>{..., "file": ["&lt;base64&gt;", ...]}</c> whose documents are base64-encoded while being streamed
/// from the callers' streams into the request, never held whole in memory.
/// </summary>
internal sealed class Base64JsonContent : HttpContent
{
    private const int BlockSize = 48 * 1024; // a multiple of 3: blocks encode without padding
    private readonly byte[] _head;
    private readonly byte[] _tail;
    private readonly IReadOnlyList<Stream> _files;
    private readonly long[] _starts;

    /// <param name="writeProperties">Writes every property except <c>file</c>.</param>
    /// <param name="files">The documents, read from their current positions.</param>
    /// <param name="singleFile">Writes <c>"file": "&lt;base64&gt;"</c> (one string) instead of an array.</param>
    public Base64JsonContent(Action<Utf8JsonWriter> writeProperties, IReadOnlyList<Stream> files, bool singleFile = false)
    {
        using var head = new MemoryStream();
        using (var writer = new Utf8JsonWriter(head))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WritePropertyName("file");
            if (!singleFile)
            {
                writer.WriteStartArray();
            }
        }

        _tail = singleFile ? "}"u8.ToArray() : "]}"u8.ToArray();
        _head = head.ToArray();
        _files = files;
        _starts = files.Select(f => f.CanSeek ? f.Position : 0).ToArray();
        Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(_head, cancellationToken).ConfigureAwait(false);
        byte[] block = new byte[BlockSize];
        byte[] encoded = new byte[Base64.GetMaxEncodedToUtf8Length(BlockSize)];
        for (int i = 0; i < _files.Count; i++)
        {
            await stream.WriteAsync(i == 0 ? "\""u8.ToArray() : ",\""u8.ToArray(), cancellationToken).ConfigureAwait(false);
            int read;
            while ((read = await _files[i].ReadAtLeastAsync(block, BlockSize, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false)) > 0)
            {
                Base64.EncodeToUtf8(block.AsSpan(0, read), encoded, out _, out int written, isFinalBlock: read < BlockSize);
                await stream.WriteAsync(encoded.AsMemory(0, written), cancellationToken).ConfigureAwait(false);
            }

            await stream.WriteAsync("\""u8.ToArray(), cancellationToken).ConfigureAwait(false);
        }

        await stream.WriteAsync(_tail, cancellationToken).ConfigureAwait(false);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        if (!_files.All(f => f.CanSeek))
        {
            return false;
        }

        length = _head.Length + _tail.Length + (3L * _files.Count) - 1;
        for (int i = 0; i < _files.Count; i++)
        {
            length += (_files[i].Length - _starts[i] + 2) / 3 * 4;
        }

        return true;
    }
}
