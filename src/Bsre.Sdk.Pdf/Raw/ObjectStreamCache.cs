namespace Bsre.Sdk.Pdf.Raw;

/// <summary>Decodes object streams (/Type /ObjStm) once and parses the compressed objects they hold.</summary>
internal sealed class ObjectStreamCache(PdfFile file)
{
    private const int MaxStreams = 64;
    private readonly Dictionary<int, (byte[] Data, long[] Offsets, int[] Numbers)> _streams = [];

    public PdfObject Get(int streamNumber, int index, int objectNumber)
    {
        var (data, offsets, numbers) = Load(streamNumber);
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

        if (file.GetObject(streamNumber) is not PdfStream stream || stream.Dictionary.GetName("Type") != "ObjStm")
        {
            throw PdfFormat.Error($"object {streamNumber} is not an object stream");
        }

        byte[] data = file.DecodeStream(stream);
        int n = (int)((stream.Dictionary["N"] as PdfNumber)?.LongValue ?? 0);
        long first = (stream.Dictionary["First"] as PdfNumber)?.LongValue ?? 0;
        var parser = new PdfParser(new PdfByteReader(new MemoryStream(data, writable: false)));
        var offsets = new long[n];
        var numbers = new int[n];
        for (int i = 0; i < n; i++)
        {
            numbers[i] = (int)((parser.ParseObject() as PdfNumber)?.LongValue ?? -1);
            offsets[i] = first + ((parser.ParseObject() as PdfNumber)?.LongValue ?? 0);
        }

        if (_streams.Count >= MaxStreams)
        {
            _streams.Clear();
        }

        return _streams[streamNumber] = (data, offsets, numbers);
    }
}
