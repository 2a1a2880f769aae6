namespace Bsre.Sdk.Pdf.Raw;

/// <summary>Decodes object streams (/Type /ObjStm, ISO 32000-1 §7.5.7) once and parses the compressed objects they hold.</summary>
internal sealed class ObjectStreamCache(PdfFile file)
{
    private const int MaxStreams = 64;
    private const long MaxCachedBytes = 64L << 20;
    private readonly Dictionary<int, (byte[] Data, long[] Offsets, int[] Numbers)> _streams = [];
    private long _cachedBytes;

    public PdfObject Get(long streamNumber, int index, int objectNumber)
    {
        if (streamNumber is < 0 or > int.MaxValue)
        {
            throw PdfFormat.Error($"object {objectNumber} is in object stream {streamNumber}, which cannot exist");
        }

        var (data, offsets, numbers) = Load((int)streamNumber);
        if (index < 0 || index >= offsets.Length || numbers[index] != objectNumber)
        {
            throw PdfFormat.Error($"object {objectNumber} is not at index {index} of object stream {streamNumber}");
        }

        var parser = new PdfParser(new PdfByteReader(new MemoryStream(data, writable: false)));
        parser.Seek(offsets[index]);
        return parser.ParseObject();
    }

    private (byte[] Data, long[] Offsets, int[] Numbers) Load(int streamNumber)
    {
        if (_streams.TryGetValue(streamNumber, out var loaded))
        {
            return loaded;
        }

        // §7.5.7: an object stream is a stream, and streams are never stored in object streams
        if (!file.Xref.Entries.TryGetValue(streamNumber, out var entry) || entry.Kind != XrefEntryKind.InFile
            || file.GetObject(streamNumber) is not PdfStream stream || stream.Dictionary.GetName("Type") != "ObjStm")
        {
            throw PdfFormat.Error($"object {streamNumber} is not an object stream");
        }

        byte[] data = file.DecodeStream(stream);
        long n = (stream.Dictionary["N"] as PdfNumber)?.LongValue ?? -1;
        long first = (stream.Dictionary["First"] as PdfNumber)?.LongValue ?? -1;
        // each of the N pairs "number offset" takes at least four bytes of the First bytes before the objects
        if (first < 0 || first > data.Length || n < 0 || n > first / 4 + 1)
        {
            throw PdfFormat.Error($"object stream {streamNumber} has a bad /N {n} or /First {first} for its {data.Length} bytes");
        }

        var parser = new PdfParser(new PdfByteReader(new MemoryStream(data, 0, (int)first, writable: false)));
        var offsets = new long[n];
        var numbers = new int[n];
        for (int i = 0; i < n; i++)
        {
            if (parser.ParseObject() is not PdfNumber { IsInteger: true, LongValue: >= 0 and <= int.MaxValue } number
                || parser.ParseObject() is not PdfNumber { IsInteger: true, LongValue: >= 0 } offset || first + offset.LongValue >= data.Length)
            {
                throw PdfFormat.Error($"object stream {streamNumber} has a malformed entry {i} in its header");
            }

            numbers[i] = (int)number.LongValue;
            offsets[i] = first + offset.LongValue;
        }

        if (_streams.Count >= MaxStreams || _cachedBytes + data.Length > MaxCachedBytes)
        {
            _streams.Clear();
            _cachedBytes = 0;
        }

        _cachedBytes += data.Length;
        return _streams[streamNumber] = (data, offsets, numbers);
    }
}
