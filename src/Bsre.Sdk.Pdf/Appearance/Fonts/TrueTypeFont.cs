using System.Buffers.Binary;

namespace Bsre.Sdk.Pdf.Appearance.Fonts;

/// <summary>
/// The parts of a TrueType font (or an OpenType font with TrueType outlines) a PDF embedding needs: the tables, the
/// Unicode cmap, advance widths and the metrics of the font descriptor. Anything else is refused with a
/// <see cref="PdfFontException"/> naming what is wrong.
/// </summary>
internal sealed class TrueTypeFont
{
    private const ushort RestrictedLicenseEmbedding = 0x0002;
    private readonly Dictionary<string, (int Offset, int Length)> _tables = new(StringComparer.Ordinal);
    private readonly (int Offset, int Format) _cmap;
    private readonly ushort[] _advances;

    public TrueTypeFont(byte[] data)
    {
        Data = data;
        try
        {
            ReadDirectory();
            ReadOnlySpan<byte> head = Table("head");
            UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
            BoundingBox = [S16(head, 36), S16(head, 38), S16(head, 40), S16(head, 42)];
            LongLoca = S16(head, 50) == 1;
            GlyphCount = BinaryPrimitives.ReadUInt16BigEndian(Table("maxp")[4..]);
            ReadOnlySpan<byte> hhea = Table("hhea");
            Ascent = S16(hhea, 4);
            Descent = S16(hhea, 6);
            _advances = ReadAdvances(BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]));
            ReadOnlySpan<byte> os2 = Table("OS/2");
            if ((BinaryPrimitives.ReadUInt16BigEndian(os2[8..]) & 0x000F) == RestrictedLicenseEmbedding)
            {
                throw new PdfFontException("The font's licence forbids embedding it (OS/2 fsType: restricted licence embedding).");
            }

            CapHeight = BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2 && os2.Length >= 90 ? S16(os2, 88) : Ascent;
            _cmap = FindCmap();
            PostScriptName = ReadPostScriptName();
            _ = Table("glyf");
            if (Table("loca").Length < (GlyphCount + 1) * (LongLoca ? 4 : 2))
            {
                throw new PdfFontException("The font's loca table is shorter than its glyph count needs.");
            }
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            throw new PdfFontException("The font file is truncated or corrupt.", e);
        }

        if (UnitsPerEm is < 16 or > 16384 || GlyphCount == 0)
        {
            throw new PdfFontException("The font's head or maxp table is corrupt (units per em or glyph count out of range).");
        }
    }

    public byte[] Data { get; }

    public int UnitsPerEm { get; }

    public int GlyphCount { get; }

    public bool LongLoca { get; }

    /// <summary>Gets the font bounding box [xMin yMin xMax yMax] in font units.</summary>
    public int[] BoundingBox { get; }

    public int Ascent { get; }

    public int Descent { get; }

    public int CapHeight { get; }

    /// <summary>Gets the PostScript name (name id 6) reduced to the characters a PDF font name may hold, or "Font".</summary>
    public string PostScriptName { get; } = "Font";

    /// <summary>Gets the glyph for a Unicode scalar value, or <see langword="null"/> when the font has none.</summary>
    public int? GlyphFor(int codePoint)
    {
        try
        {
            ReadOnlySpan<byte> table = Table("cmap")[_cmap.Offset..];
            int glyph = _cmap.Format == 12 ? LookUpFormat12(table, codePoint) : LookUpFormat4(table, codePoint);
            return glyph > 0 && glyph < GlyphCount ? glyph : null;
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new PdfFontException("The font's cmap table is truncated.", e);
        }
    }

    /// <summary>Gets the advance width of a glyph in font units.</summary>
    public int Advance(int glyph) => _advances[Math.Min(glyph, _advances.Length - 1)];

    public bool HasTable(string tag) => _tables.ContainsKey(tag);

    /// <summary>Gets a table's bytes; a missing required table is a <see cref="PdfFontException"/>.</summary>
    public ReadOnlySpan<byte> Table(string tag) => _tables.TryGetValue(tag, out var entry)
        ? Data.AsSpan(entry.Offset, entry.Length)
        : throw new PdfFontException(tag is "glyf" or "loca"
            ? "The font has no TrueType outlines (no glyf table; CFF-based OpenType is not supported): give a .ttf or an OpenType font with TrueType outlines."
            : $"The font has no '{tag}' table.");

    /// <summary>Gets the byte range of a glyph's outline in the glyf table (empty for a glyph without contours).</summary>
    public (int Offset, int Length) GlyphRange(int glyph)
    {
        ReadOnlySpan<byte> loca = Table("loca");
        int start = LongLoca ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * glyph)..]) : 2 * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * glyph)..]);
        int end = LongLoca ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * (glyph + 1))..]) : 2 * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * (glyph + 1))..]);
        int glyfLength = _tables["glyf"].Length;
        return start < 0 || end < start || end > glyfLength
            ? throw new PdfFontException($"The font's loca table is corrupt at glyph {glyph}.")
            : (start, end - start);
    }

    private static short S16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadInt16BigEndian(data[offset..]);

    private void ReadDirectory()
    {
        uint version = BinaryPrimitives.ReadUInt32BigEndian(Data);
        if (version == 0x74746366)
        {
            throw new PdfFontException("The font is a TrueType collection (.ttc); give a single font (.ttf).");
        }

        if (version == 0x4F54544F)
        {
            throw new PdfFontException("The font has CFF outlines (OpenType 'OTTO'); give a .ttf or an OpenType font with TrueType outlines.");
        }

        if (version is not (0x00010000 or 0x74727565))
        {
            throw new PdfFontException("The data is not a TrueType or OpenType font.");
        }

        int count = BinaryPrimitives.ReadUInt16BigEndian(Data.AsSpan(4));
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> record = Data.AsSpan(12 + (16 * i), 16);
            string tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            uint offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]), length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset + (ulong)length > (ulong)Data.Length)
            {
                throw new PdfFontException($"The font's '{tag}' table lies outside the file.");
            }

            _tables[tag] = ((int)offset, (int)length);
        }
    }

    private string ReadPostScriptName()
    {
        if (!HasTable("name"))
        {
            return "Font";
        }

        ReadOnlySpan<byte> name = Table("name");
        int count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]), strings = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> record = name.Slice(6 + (12 * i), 12);
            int platform = BinaryPrimitives.ReadUInt16BigEndian(record), id = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            if (id != 6 || platform is not (1 or 3))
            {
                continue;
            }

            ReadOnlySpan<byte> value = name.Slice(strings + BinaryPrimitives.ReadUInt16BigEndian(record[10..]), BinaryPrimitives.ReadUInt16BigEndian(record[8..]));
            string text = platform == 3 ? System.Text.Encoding.BigEndianUnicode.GetString(value) : System.Text.Encoding.ASCII.GetString(value);
            string clean = new([.. text.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').Take(63)]);
            return clean.Length > 0 ? clean : "Font";
        }

        return "Font";
    }

    private ushort[] ReadAdvances(int metrics)
    {
        ReadOnlySpan<byte> hmtx = Table("hmtx");
        if (metrics == 0 || hmtx.Length < 4 * metrics)
        {
            throw new PdfFontException("The font's hmtx table is shorter than hhea says.");
        }

        var advances = new ushort[metrics];
        for (int i = 0; i < metrics; i++)
        {
            advances[i] = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(4 * i)..]);
        }

        return advances;
    }

    /// <summary>Finds the Unicode subtable: (3,10) or (0,4) format 12, else (3,1) or (0,3) format 4.</summary>
    private (int Offset, int Format) FindCmap()
    {
        ReadOnlySpan<byte> cmap = Table("cmap");
        int count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        int best = -1, bestRank = 0;
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> record = cmap[(4 + (8 * i))..];
            int platform = BinaryPrimitives.ReadUInt16BigEndian(record), encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            int format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            int rank = (platform, encoding, format) switch
            {
                (3, 10, 12) or (0, 4, 12) or (0, 6, 12) => 3,
                (3, 1, 4) or (0, 3, 4) => 2,
                (0, _, 4) => 1,
                _ => 0,
            };
            if (rank > bestRank)
            {
                (best, bestRank) = (offset, rank);
            }
        }

        return best < 0
            ? throw new PdfFontException("The font has no Unicode cmap (format 4 or 12).")
            : (best, BinaryPrimitives.ReadUInt16BigEndian(cmap[best..]));
    }

    private static int LookUpFormat12(ReadOnlySpan<byte> table, int codePoint)
    {
        uint groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        for (int g = 0; g < groups; g++)
        {
            ReadOnlySpan<byte> group = table.Slice(16 + (12 * g), 12);
            uint start = BinaryPrimitives.ReadUInt32BigEndian(group), end = BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            if (codePoint >= start && codePoint <= end)
            {
                return (int)(BinaryPrimitives.ReadUInt32BigEndian(group[8..]) + (uint)codePoint - start);
            }
        }

        return 0;
    }

    private static int LookUpFormat4(ReadOnlySpan<byte> table, int codePoint)
    {
        int segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        int ends = 14, starts = ends + (2 * segments) + 2, deltas = starts + (2 * segments), ranges = deltas + (2 * segments);
        for (int s = 0; s < segments && codePoint <= 0xFFFF; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + (2 * s))..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + (2 * s))..]);
            if (codePoint < start || codePoint > end)
            {
                continue;
            }

            int delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + (2 * s))..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[(ranges + (2 * s))..]);
            if (rangeOffset == 0)
            {
                return (codePoint + delta) & 0xFFFF;
            }

            int raw = BinaryPrimitives.ReadUInt16BigEndian(table[(ranges + (2 * s) + rangeOffset + (2 * (codePoint - start)))..]);
            return raw == 0 ? 0 : (raw + delta) & 0xFFFF;
        }

        return 0;
    }
}
