namespace Bsre.Sdk.Pdf.Raw;

/// <summary>
/// Random access to a seekable stream through a small window buffer, so the parser can seek to any
/// object without the document ever being loaded into memory.
/// </summary>
internal sealed class PdfByteReader
{
    private const int WindowSize = 8192;
    private readonly Stream _stream;
    private readonly byte[] _window;
    private long _windowStart;
    private int _windowLength;

    public PdfByteReader(Stream stream)
    {
        _stream = stream;
        Length = stream.Length;
        _window = new byte[Math.Clamp(Length, 1, WindowSize)];
    }

    public long Length { get; }

    public long Position { get; set; }

    /// <summary>Returns the byte at <see cref="Position"/> without consuming it, or -1 at the end.</summary>
    public int Peek()
    {
        if (Position >= Length || Position < 0)
        {
            return -1;
        }

        if (Position < _windowStart || Position >= _windowStart + _windowLength)
        {
            Fill(Position);
        }

        return _window[Position - _windowStart];
    }

    public int Read()
    {
        int b = Peek();
        if (b >= 0)
        {
            Position++;
        }

        return b;
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes at <paramref name="offset"/> (fewer at the end of the source).</summary>
    public byte[] ReadBytes(long offset, int count)
    {
        count = (int)Math.Max(0, Math.Min(count, Length - offset));
        byte[] result = new byte[count];
        _stream.Position = offset;
        _stream.ReadExactly(result);
        return result;
    }

    private void Fill(long start)
    {
        _windowStart = start;
        _stream.Position = start;
        _windowLength = _stream.ReadAtLeast(_window, (int)Math.Min(_window.Length, Length - start), throwOnEndOfStream: false);
    }
}
