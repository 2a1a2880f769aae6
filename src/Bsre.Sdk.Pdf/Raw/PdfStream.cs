namespace Bsre.Sdk.Pdf.Raw;

/// <summary>A stream: its dictionary and either its position in the source file or (for new streams) its encoded data.</summary>
internal sealed class PdfStream : PdfObject
{
    public PdfStream(PdfDictionary dictionary, long dataOffset, int number, int generation)
    {
        Dictionary = dictionary;
        DataOffset = dataOffset;
        Number = number;
        Generation = generation;
    }

    public PdfStream(PdfDictionary dictionary, byte[] data)
    {
        Dictionary = dictionary;
        Data = data;
        DataOffset = -1;
    }

    public PdfDictionary Dictionary { get; }

    /// <summary>Gets where the raw data starts in the source, or -1 for a new stream.</summary>
    public long DataOffset { get; }

    /// <summary>Gets the object number of a stream read from the source (its decryption key depends on it).</summary>
    public int Number { get; }

    /// <summary>Gets the generation of a stream read from the source.</summary>
    public int Generation { get; }

    /// <summary>Gets the encoded data of a new stream.</summary>
    public byte[]? Data { get; }
}
