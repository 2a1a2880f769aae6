namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// A read-only, seekable view of some byte ranges of another stream, read as one: the two parts of a
/// /ByteRange (the signed content, hashed without copying the file) or a prefix (an earlier revision).
/// </summary>
internal sealed class SegmentStream : Stream
{
    private readonly (Stream Source, long Offset, long Length)[] _segments;
    private long _position;

    public SegmentStream(Stream source, params (long Offset, long Length)[] segments)
        : this([.. segments.Select(s => (source, s.Offset, s.Length))])
    {
    }

    public SegmentStream((Stream Source, long Offset, long Length)[] segments)
    {
        _segments = segments;
        Length = segments.Sum(s => s.Length);
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length { get; }

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (Locate() is var (source, remaining))
        {
            int read = source.Read(buffer[..(int)Math.Min(buffer.Length, remaining)]);
            _position += read;
            return read;
        }

        return 0;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Locate() is var (source, remaining))
        {
            int read = await source.ReadAsync(buffer[..(int)Math.Min(buffer.Length, remaining)], cancellationToken).ConfigureAwait(false);
            _position += read;
            return read;
        }

        return 0;
    }

    /// <summary>Positions the source of the segment under <see cref="Position"/>; returns it and how many bytes of the segment remain, or <see langword="null"/> at the end.</summary>
    private (Stream Source, long Remaining)? Locate()
    {
        long skip = _position;
        foreach (var (source, start, length) in _segments)
        {
            if (skip < length)
            {
                source.Position = start + skip;
                return (source, length - skip);
            }

            skip -= length;
        }

        return null;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => Length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
