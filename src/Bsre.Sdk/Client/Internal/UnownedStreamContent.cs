using System.Net;

namespace Bsre.Sdk.Client.Internal;

/// <summary>Streams a caller's stream into a request body without disposing it (unlike <see cref="StreamContent"/>).</summary>
internal sealed class UnownedStreamContent : HttpContent
{
    private readonly Stream _stream;
    private readonly long _start;

    public UnownedStreamContent(Stream stream)
    {
        _stream = stream;
        _start = stream.CanSeek ? stream.Position : 0;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        _stream.CopyToAsync(stream, cancellationToken);

    protected override bool TryComputeLength(out long length)
    {
        length = _stream.CanSeek ? _stream.Length - _start : 0;
        return _stream.CanSeek;
    }
}
