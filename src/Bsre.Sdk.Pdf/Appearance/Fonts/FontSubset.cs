using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Appearance.Fonts;

/// <summary>
/// The glyphs some texts need from a font, written as a composite font (ISO 32000-1 9.7): Type0 with Identity-H over a
/// CIDFontType2 whose CIDs are the subset's glyph ids (/CIDToGIDMap /Identity), /W widths, a subset FontFile2 with a
/// six-letter tag (9.6.4), a /CIDSet (ISO 19005-1 6.3.5 requires it for a subset CIDFont) and a /ToUnicode CMap (9.10.3)
/// so the text can be extracted.
/// </summary>
internal sealed class FontSubset
{
    private readonly TrueTypeFont _font;
    private readonly int[] _glyphs;
    private readonly Dictionary<int, int> _cids = [];
    private readonly SortedDictionary<int, int> _unicode = [];

    /// <summary>Takes every glyph <paramref name="texts"/> use; a character the font lacks is a <see cref="PdfFontException"/>.</summary>
    public FontSubset(TrueTypeFont font, IEnumerable<string> texts)
    {
        _font = font;
        var used = new Dictionary<int, int>();
        foreach (Rune rune in texts.SelectMany(t => t.EnumerateRunes()))
        {
            int glyph = font.GlyphFor(rune.Value) ?? throw new PdfFontException(
                $"The font has no glyph for '{rune}' (U+{rune.Value:X4}); give a font that covers it in {nameof(PdfSignatureAppearance)}.{nameof(PdfSignatureAppearance.Font)}.");
            used.TryAdd(glyph, rune.Value);
        }

        _glyphs = TrueTypeSubsetter.Closure(font, used.Keys);
        for (int cid = 0; cid < _glyphs.Length; cid++)
        {
            _cids[_glyphs[cid]] = cid;
            if (used.TryGetValue(_glyphs[cid], out int codePoint))
            {
                _unicode[cid] = codePoint;
            }
        }
    }

    /// <summary>Gets the width of <paramref name="text"/> at font size 1.</summary>
    public double Width(string text) => text.EnumerateRunes().Sum(r => _font.GlyphFor(r.Value) is int g ? (double)_font.Advance(g) : 0) / _font.UnitsPerEm;

    /// <summary>Encodes <paramref name="text"/> as two-byte CIDs (Identity-H).</summary>
    public PdfString Encode(string text)
    {
        var bytes = new List<byte>();
        foreach (Rune rune in text.EnumerateRunes())
        {
            int cid = _cids[_font.GlyphFor(rune.Value) ?? throw new ArgumentException($"'{rune}' was not in the subset's texts.", nameof(text))];
            bytes.Add((byte)(cid >> 8));
            bytes.Add((byte)cid);
        }

        return new PdfString([.. bytes], isHex: true);
    }

    /// <summary>Adds the font's objects to <paramref name="update"/> and returns the Type0 font dictionary's reference.</summary>
    public PdfReference AddTo(IncrementalUpdate update)
    {
        byte[] program = TrueTypeSubsetter.Write(_font, _glyphs);
        var name = new PdfName(Tag() + "+" + _font.PostScriptName);
        double scale = 1000.0 / _font.UnitsPerEm;
        int[] box = _font.BoundingBox;
        var descriptor = new PdfDictionary
        {
            ["Type"] = new PdfName("FontDescriptor"),
            ["FontName"] = name,
            ["Flags"] = new PdfNumber(32),
            ["FontBBox"] = PdfArray.OfNumbers(Math.Round(box[0] * scale), Math.Round(box[1] * scale), Math.Round(box[2] * scale), Math.Round(box[3] * scale)),
            ["ItalicAngle"] = new PdfNumber(0),
            ["Ascent"] = new PdfNumber(Math.Round(_font.Ascent * scale)),
            ["Descent"] = new PdfNumber(Math.Round(_font.Descent * scale)),
            ["CapHeight"] = new PdfNumber(Math.Round(_font.CapHeight * scale)),
            ["StemV"] = new PdfNumber(80),
            ["FontFile2"] = update.Add(Compressed(new PdfDictionary { ["Length1"] = new PdfNumber(program.Length) }, program)),
            ["CIDSet"] = update.Add(Compressed(new PdfDictionary(), CidSet())),
        };
        var cidFont = new PdfDictionary
        {
            ["Type"] = new PdfName("Font"),
            ["Subtype"] = new PdfName("CIDFontType2"),
            ["BaseFont"] = name,
            ["CIDSystemInfo"] = new PdfDictionary
            {
                ["Registry"] = new PdfString("Adobe"u8.ToArray()),
                ["Ordering"] = new PdfString("Identity"u8.ToArray()),
                ["Supplement"] = new PdfNumber(0),
            },
            ["FontDescriptor"] = update.Add(descriptor),
            ["W"] = new PdfArray([new PdfNumber(0), PdfArray.OfNumbers([.. _glyphs.Select(g => Math.Round(_font.Advance(g) * scale))])]),
            ["CIDToGIDMap"] = new PdfName("Identity"),
        };
        return update.Add(new PdfDictionary
        {
            ["Type"] = new PdfName("Font"),
            ["Subtype"] = new PdfName("Type0"),
            ["BaseFont"] = name,
            ["Encoding"] = new PdfName("Identity-H"),
            ["DescendantFonts"] = new PdfArray([update.Add(cidFont)]),
            ["ToUnicode"] = update.Add(Compressed(new PdfDictionary(), ToUnicode())),
        });
    }

    private static PdfStream Compressed(PdfDictionary dictionary, byte[] data)
    {
        dictionary["Filter"] = new PdfName("FlateDecode");
        return new PdfStream(dictionary, Flate.Compress(data));
    }

    /// <summary>Six uppercase letters from a digest of the glyph set (ISO 32000-1 9.6.4): the same subset gets the same tag.</summary>
    private string Tag()
    {
        byte[] digest = SHA256.HashData(_glyphs.SelectMany(BitConverter.GetBytes).ToArray());
        return new string([.. digest.Take(6).Select(b => (char)('A' + (b % 26)))]);
    }

    /// <summary>One bit per CID, most significant first (ISO 32000-1 9.8.3.3): every CID of the subset is present.</summary>
    private byte[] CidSet()
    {
        var bits = new byte[(_glyphs.Length + 7) / 8];
        for (int cid = 0; cid < _glyphs.Length; cid++)
        {
            bits[cid / 8] |= (byte)(0x80 >> (cid % 8));
        }

        return bits;
    }

    private byte[] ToUnicode()
    {
        var cmap = new StringBuilder()
            .Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var block in _unicode.Chunk(100))
        {
            cmap.Append(CultureInfo.InvariantCulture, $"{block.Length} beginbfchar\n");
            foreach (var (cid, codePoint) in block)
            {
                string utf16 = Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(char.ConvertFromUtf32(codePoint)));
                cmap.Append(CultureInfo.InvariantCulture, $"<{cid:X4}> <{utf16}>\n");
            }

            cmap.Append("endbfchar\n");
        }

        cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(cmap.ToString());
    }
}
