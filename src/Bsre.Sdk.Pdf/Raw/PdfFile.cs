using System.Text;
using Bsre.Sdk.Pdf.Raw.Encryption;

namespace Bsre.Sdk.Pdf.Raw;

/// <summary>
/// A PDF read through its own cross-reference chain with seeks only: the header, the merged
/// xref of every revision, the newest trailer, and objects on demand (object streams included),
/// their strings and streams decrypted when the file is encrypted.
/// </summary>
internal sealed class PdfFile
{
    private const int MaxObjectCache = 4096;
    private readonly Dictionary<int, PdfObject> _cache = [];
    private readonly ObjectStreamCache _objectStreams;
    private readonly HashSet<int> _reading = [];

    private PdfFile(Stream stream, PdfReadBudget budget, XrefChain? shared = null, long sharedPrefix = 0)
    {
        Budget = budget;
        Reader = new PdfByteReader(stream);
        Parser = new PdfParser(Reader);
        _objectStreams = new ObjectStreamCache(this);
        Version = ReadHeader(Reader);
        long startXref = XrefReader.FindStartXref(Reader);
        Xref = shared?.ViewAt(startXref, Math.Min(Reader.Length, sharedPrefix))
            ?? new XrefReader(Parser, DecodeStream, budget.Limits.MaxRevisions).Read(startXref).Newest;
    }

    /// <summary>Gets what reading this document (all its views) may still spend.</summary>
    public PdfReadBudget Budget { get; }

    public PdfByteReader Reader { get; }

    public PdfParser Parser { get; }

    public XrefTable Xref { get; }

    /// <summary>Gets the header version, e.g. "1.7".</summary>
    public string Version { get; }

    public PdfDictionary Trailer => Xref.Trailer;

    public long Length => Reader.Length;

    /// <summary>Gets the next free object number: the larger of /Size and every object number seen.</summary>
    public int NextObjectNumber => (int)Math.Max((Trailer["Size"] as PdfNumber)?.LongValue ?? 0, Xref.Entries.Count == 0 ? 1 : Xref.MaxNumber + 1);

    public PdfDictionary Catalog => Resolve(Trailer["Root"]) as PdfDictionary ?? throw PdfFormat.Error("the trailer has no /Root catalog");

    /// <summary>Gets the open security handler of an encrypted file; <see langword="null"/> when the file is not encrypted.</summary>
    public PdfSecurity? Security { get; private set; }

    /// <summary>Opens a seekable stream and reads its structure; an encrypted file is opened with <paramref name="password"/> (empty: the empty user password).</summary>
    /// <param name="stream">The document.</param>
    /// <param name="password">The user or owner password.</param>
    /// <param name="budget">The bounds on reading it; <see langword="null"/>: the default limits, no time budget.</param>
    /// <exception cref="PdfPasswordException">The password is neither the user nor the owner password.</exception>
    /// <exception cref="DocumentLimitException">Reading the document exceeds <paramref name="budget"/>.</exception>
    public static PdfFile Open(Stream stream, ReadOnlySpan<char> password = default, PdfReadBudget? budget = null)
    {
        var file = new PdfFile(CheckReadable(stream), budget ?? PdfReadBudget.Default());
        file.Security = file.Trailer["Encrypt"] switch
        {
            null or PdfKeyword { Text: "null" } => null,
            PdfReference encrypt => StandardSecurityHandler.Open(file, encrypt, password),
            _ => throw PdfFormat.Error("the trailer's /Encrypt is not an indirect reference"),
        };
        return file;
    }

    /// <summary>
    /// Opens another view of the same document (e.g. an earlier revision), decrypted with this file's key. Its
    /// cross-reference sections are this file's, not read again, when they lie in the first <paramref name="sharedPrefix"/>
    /// bytes, which <paramref name="stream"/> holds as this file does.
    /// </summary>
    public PdfFile OpenRevision(Stream stream, long sharedPrefix)
    {
        var view = new PdfFile(CheckReadable(stream), Budget, Xref.Chain, sharedPrefix);
        view.Security = view.Trailer["Encrypt"] is PdfReference ? Security : null;
        return view;
    }

    public PdfObject? Resolve(PdfObject? value) => value is PdfReference r ? GetObject(r.Number) : value;

    public PdfDictionary? ResolveDictionary(PdfObject? value) => Resolve(value) switch
    {
        PdfDictionary d => d,
        PdfStream s => s.Dictionary,
        _ => null,
    };

    public int GenerationOf(int number) => Xref.Entries.TryGetValue(number, out var e) ? e.WriteGeneration : 0;

    /// <summary>
    /// Reads the newest version of object <paramref name="number"/>; <see langword="null"/> when free or absent. Reading
    /// one object may read others (an indirect stream /Length, the object stream holding it); an object needed to read
    /// itself, or a chain of them deeper than <c>PdfLimits.MaxDepth</c>, is malformed.
    /// </summary>
    public PdfObject? GetObject(int number)
    {
        if (_cache.TryGetValue(number, out var cached))
        {
            return cached;
        }

        if (!Xref.Entries.TryGetValue(number, out var entry) || entry.Kind == XrefEntryKind.Free)
        {
            return null;
        }

        Budget.ThrowIfExpired();
        if (_reading.Count >= Budget.Limits.MaxDepth || !_reading.Add(number))
        {
            throw PdfFormat.Error($"object {number} cannot be read without reading itself (an object stream or stream /Length refers back to it)");
        }

        PdfObject value;
        try
        {
            value = entry.Kind == XrefEntryKind.InFile
                ? Decrypt(Parser.ParseIndirectObject(entry.Offset, number), number, entry.Generation)
                : _objectStreams.Get(entry.Offset, entry.Generation, number);
        }
        finally
        {
            _reading.Remove(number);
        }

        if (_cache.Count < MaxObjectCache)
        {
            _cache[number] = value;
        }

        return value;
    }

    /// <summary>Reads a stream's raw (still encoded, but decrypted) bytes.</summary>
    public byte[] ReadRawStream(PdfStream stream)
    {
        if (stream.Data is not null)
        {
            return stream.Data;
        }

        long length = (Resolve(stream.Dictionary["Length"]) as PdfNumber)?.LongValue ?? -1;
        if (length < 0 || stream.DataOffset + length > Length)
        {
            throw PdfFormat.Error($"stream at offset {stream.DataOffset} has a bad /Length");
        }

        if (length > Budget.MaxStreamLength)
        {
            throw Budget.StreamTooLong($"the stream at offset {stream.DataOffset} has a /Length of {length} bytes");
        }

        Budget.Spend(length);
        byte[] raw = Reader.ReadBytes(stream.DataOffset, (int)length);
        return Security is null ? raw : Security.DecryptStream(stream, raw);
    }

    /// <summary>Reads and decodes a stream, within <see cref="Budget"/>.</summary>
    public byte[] DecodeStream(PdfStream stream) => StreamDecoder.Decode(stream.Dictionary, ReadRawStream(stream), Budget);

    /// <summary>Lists the page objects in document order.</summary>
    public IReadOnlyList<PdfReference> GetPages() => PageTreeWalker.Walk(this);

    private static Stream CheckReadable(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return stream.CanSeek && stream.CanRead
            ? stream
            : throw new ArgumentException("The PDF stream must be readable and seekable.", nameof(stream));
    }

    private PdfObject Decrypt(PdfObject value, int number, int generation) => Security?.DecryptStrings(value, number, generation) ?? value;

    private static string ReadHeader(PdfByteReader reader)
    {
        byte[] head = reader.ReadBytes(0, PdfFormat.HeaderWindow);
        int at = PdfFormat.HeaderOffset(head);
        if (at < 0)
        {
            throw PdfFormat.NotAPdf();
        }

        return Encoding.Latin1.GetString(head, at + 5, 3);
    }
}
