using System.Buffers.Binary;

namespace Bsre.Sdk.Pdf.Appearance.Fonts;

/// <summary>
/// Writes a TrueType font program holding only some glyphs (and the glyphs their composites use), renumbered from 0
/// in the order of their original ids: the tables a PDF FontFile2 of a CIDFontType2 needs (ISO 32000-1 9.9: head,
/// hhea, maxp, hmtx, loca, glyf, and cvt/fpgm/prep for hinting). No cmap: the PDF maps CIDs to glyphs itself.
/// </summary>
internal static class TrueTypeSubsetter
{
    private static readonly string[] HintingTables = ["cvt ", "fpgm", "prep"];
    private const ushort ArgsAreWords = 0x0001, HaveScale = 0x0008, MoreComponents = 0x0020, HaveXYScale = 0x0040, HaveTwoByTwo = 0x0080;

    /// <summary>Returns the old glyph ids the subset keeps, sorted: <paramref name="used"/>, .notdef and every component they reference.</summary>
    public static int[] Closure(TrueTypeFont font, IEnumerable<int> used)
    {
        var kept = new SortedSet<int> { 0 };
        var pending = new Stack<int>(used);
        while (pending.TryPop(out int glyph))
        {
            if (!kept.Add(glyph))
            {
                continue;
            }

            foreach (var (component, _) in Components(font, glyph))
            {
                pending.Push(component);
            }
        }

        return [.. kept];
    }

    /// <summary>Writes the subset font program of <paramref name="glyphs"/> (from <see cref="Closure"/>): new id i is glyphs[i].</summary>
    public static byte[] Write(TrueTypeFont font, int[] glyphs)
    {
        var newId = new Dictionary<int, int>(glyphs.Length);
        for (int i = 0; i < glyphs.Length; i++)
        {
            newId[glyphs[i]] = i;
        }

        using var glyf = new MemoryStream();
        var loca = new byte[4 * (glyphs.Length + 1)];
        var hmtx = new byte[4 * glyphs.Length];
        for (int i = 0; i < glyphs.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * i), (uint)glyf.Length);
            var (offset, length) = font.GlyphRange(glyphs[i]);
            byte[] outline = font.Table("glyf").Slice(offset, length).ToArray();
            foreach (var (component, at) in Components(font, glyphs[i]))
            {
                BinaryPrimitives.WriteUInt16BigEndian(outline.AsSpan(at), (ushort)newId[component]);
            }

            glyf.Write(outline);
            glyf.Write(new byte[(4 - (length % 4)) % 4]);
            BinaryPrimitives.WriteUInt16BigEndian(hmtx.AsSpan(4 * i), (ushort)font.Advance(glyphs[i]));
            BinaryPrimitives.WriteInt16BigEndian(hmtx.AsSpan((4 * i) + 2), LeftSideBearing(font, glyphs[i]));
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * glyphs.Length), (uint)glyf.Length);
        byte[] head = font.Table("head").ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        byte[] hhea = font.Table("hhea").ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)glyphs.Length);
        byte[] maxp = font.Table("maxp").ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)glyphs.Length);
        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["glyf"] = glyf.ToArray(),
            ["head"] = head,
            ["hhea"] = hhea,
            ["hmtx"] = hmtx,
            ["loca"] = loca,
            ["maxp"] = maxp,
        };
        foreach (string hinting in HintingTables.Where(font.HasTable))
        {
            tables[hinting] = font.Table(hinting).ToArray();
        }

        return Assemble(tables);
    }

    /// <summary>Lists a composite glyph's components and where each one's glyph index sits in the outline (none for a simple glyph).</summary>
    private static List<(int Glyph, int Offset)> Components(TrueTypeFont font, int glyph)
    {
        var result = new List<(int, int)>();
        if (glyph >= font.GlyphCount)
        {
            throw new PdfFontException($"The font refers to glyph {glyph}, beyond its {font.GlyphCount} glyphs.");
        }

        var (offset, length) = font.GlyphRange(glyph);
        ReadOnlySpan<byte> outline = font.Table("glyf").Slice(offset, length);
        if (length < 10 || BinaryPrimitives.ReadInt16BigEndian(outline) >= 0)
        {
            return result;
        }

        int p = 10;
        ushort flags;
        do
        {
            if (p + 4 > outline.Length)
            {
                throw new PdfFontException($"The font's composite glyph {glyph} is truncated.");
            }

            flags = BinaryPrimitives.ReadUInt16BigEndian(outline[p..]);
            result.Add((BinaryPrimitives.ReadUInt16BigEndian(outline[(p + 2)..]), p + 2));
            p += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            p += (flags & HaveScale) != 0 ? 2 : (flags & HaveXYScale) != 0 ? 4 : (flags & HaveTwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & MoreComponents) != 0);
        return result;
    }

    private static short LeftSideBearing(TrueTypeFont font, int glyph)
    {
        ReadOnlySpan<byte> hmtx = font.Table("hmtx");
        int metrics = BinaryPrimitives.ReadUInt16BigEndian(font.Table("hhea")[34..]);
        int at = glyph < metrics ? (4 * glyph) + 2 : (4 * metrics) + (2 * (glyph - metrics));
        return at + 2 <= hmtx.Length ? BinaryPrimitives.ReadInt16BigEndian(hmtx[at..]) : (short)0;
    }

    /// <summary>Writes the offset table, the table records (sorted by tag, with checksums) and the tables, then head.checkSumAdjustment.</summary>
    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        int count = tables.Count;
        int entrySelector = (int)Math.Log2(count), searchRange = 16 << entrySelector;
        int headerLength = 12 + (16 * count);
        int total = headerLength + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var font = new byte[total];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)((16 * count) - searchRange));
        int record = 12, offset = headerLength, headOffset = 0;
        foreach (var (tag, data) in tables)
        {
            System.Text.Encoding.ASCII.GetBytes(tag, font.AsSpan(record));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 4), Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 12), (uint)data.Length);
            data.CopyTo(font, offset);
            headOffset = tag == "head" ? offset : headOffset;
            record += 16;
            offset += (data.Length + 3) & ~3;
        }

        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headOffset + 8), 0xB1B0AFBA - Checksum(font));
        return font;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (int i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (int j = 0; j < 4; j++)
            {
                word = (word << 8) | (i + j < data.Length ? data[i + j] : 0u);
            }

            sum += word;
        }

        return sum;
    }
}
