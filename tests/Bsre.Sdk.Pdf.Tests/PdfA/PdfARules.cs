using System.Buffers.Binary;
using Bsre.Sdk.Pdf.PdfA;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Tests.PdfA;

/// <summary>
/// The PDF/A rules a signature's new objects must obey, checked on the signed file's objects (clauses of ISO 19005-1:2005
/// and ISO 19005-2:2011; part 3 takes part 2's). Each rule returns its violations, each naming the clause and the object,
/// so a test can show a rule failing on a file that breaks it. No PDF/A validator (veraPDF) is packaged in Debian, so these
/// rules stand in for one for what the SDK writes.
/// </summary>
internal sealed class PdfARules
{
    private readonly PdfFile _original;
    private readonly PdfFile _signed;

    /// <param name="original">The unsigned input.</param>
    /// <param name="signed">The signed output; its objects written past the input's length are the signature's.</param>
    /// <param name="originalLength">The input's length.</param>
    public PdfARules(PdfFile original, PdfFile signed, long originalLength)
    {
        _original = original;
        _signed = signed;
        Profile = PdfAProfile.Read(original) ?? throw new ArgumentException("the original declares no PDF/A part", nameof(original));
        New = [.. signed.Xref.Entries.Where(e => e.Value.Kind == XrefEntryKind.InFile && e.Value.Offset >= originalLength)
            .Select(e => (e.Key, signed.GetObject(e.Key))).Where(e => e.Item2 is not null).Select(e => (e.Key, e.Item2!))];
    }

    public PdfAProfile Profile { get; }

    /// <summary>Gets the objects the signing wrote (new ones and new versions of old ones).</summary>
    public IReadOnlyList<(int Number, PdfObject Value)> New { get; }

    public IEnumerable<string> All() => TrailerId().Concat(FontsEmbedded()).Concat(CompositeFonts()).Concat(FontWidths()).Concat(NoTransparency())
        .Concat(DeviceColour()).Concat(Widgets()).Concat(NoJavaScript()).Concat(MetadataAndOutputIntentsUntouched()).Concat(Filters()).Concat(ImplementationLimits());

    /// <summary>ISO 19005-1 6.1.3, 19005-2 6.1.3: the trailer has /ID; incremental updates keep its first element.</summary>
    public IEnumerable<string> TrailerId()
    {
        byte[]? before = ((_original.Trailer["ID"] as PdfArray)?.Items.FirstOrDefault() as PdfString)?.Value;
        byte[]? after = ((_signed.Trailer["ID"] as PdfArray)?.Items.FirstOrDefault() as PdfString)?.Value;
        if (after is null)
        {
            yield return "19005-1 6.1.3: the signed file's trailer has no /ID";
        }
        else if (before is not null && !before.AsSpan().SequenceEqual(after))
        {
            yield return "19005-1 6.1.3: the first /ID element changed";
        }
    }

    /// <summary>ISO 19005-1 6.3.4, 19005-2 6.2.11.4.1: every font's program is embedded (FontFile, FontFile2 or FontFile3).</summary>
    public IEnumerable<string> FontsEmbedded() => FontsEmbedded(New);

    public IEnumerable<string> FontsEmbedded(IEnumerable<(int Number, PdfObject Value)> objects)
    {
        foreach (var (number, dictionary) in Dictionaries(objects).Where(d => d.Value.GetName("Type") == "Font" && d.Value.GetName("Subtype") != "Type0" && d.Value.GetName("Subtype") != "Type3"))
        {
            PdfDictionary? descriptor = _signed.ResolveDictionary(dictionary["FontDescriptor"]);
            if (descriptor is null || !(descriptor.ContainsKey("FontFile") || descriptor.ContainsKey("FontFile2") || descriptor.ContainsKey("FontFile3")))
            {
                yield return $"19005-1 6.3.4: font object {number} ({dictionary.GetName("BaseFont")}) is not embedded";
            }
        }
    }

    /// <summary>
    /// ISO 19005-1 6.3.3.1/6.3.3.2 (19005-2 6.2.11.3.1/6.2.11.3.2): Identity-H goes with an Adobe-Identity CIDFont and a
    /// CIDFontType2 has /CIDToGIDMap; 19005-1 6.3.5: a subset CIDFont's descriptor has a /CIDSet listing every CID of the
    /// embedded program; 19005-1 6.3.8 / 19005-2 6.2.11.7: a /ToUnicode CMap.
    /// </summary>
    public IEnumerable<string> CompositeFonts()
    {
        foreach (var (number, type0) in Dictionaries(New).Where(d => d.Value.GetName("Subtype") == "Type0"))
        {
            PdfDictionary? cid = _signed.ResolveDictionary((_signed.Resolve(type0["DescendantFonts"]) as PdfArray)?.Items.FirstOrDefault());
            PdfDictionary? info = _signed.ResolveDictionary(cid?["CIDSystemInfo"]);
            if (type0.GetName("Encoding") == "Identity-H" && ((info?["Registry"] as PdfString)?.ToText() != "Adobe" || (info?["Ordering"] as PdfString)?.ToText() != "Identity"))
            {
                yield return $"19005-1 6.3.3.1: font {number}'s CIDSystemInfo is not Adobe-Identity for Identity-H";
            }

            if (cid?.GetName("Subtype") == "CIDFontType2" && cid["CIDToGIDMap"] is null)
            {
                yield return $"19005-1 6.3.3.2: font {number}'s CIDFontType2 has no /CIDToGIDMap";
            }

            PdfDictionary? descriptor = _signed.ResolveDictionary(cid?["FontDescriptor"]);
            if (descriptor?.GetName("FontName") is { } name && name.Length > 7 && name[6] == '+'
                && (_signed.Resolve(descriptor["CIDSet"]) is not PdfStream set || !CidSetListsEveryGlyph(_signed.DecodeStream(set), GlyphCount(descriptor))))
            {
                yield return $"19005-1 6.3.5: subset font {number} has no /CIDSet listing every CID of its program";
            }

            if (type0["ToUnicode"] is null)
            {
                yield return $"19005-1 6.3.8: font {number} has no /ToUnicode";
            }
        }
    }

    /// <summary>ISO 19005-1 6.3.6, 19005-2 6.2.11.5: the /W widths equal the embedded program's advance widths (scaled to 1/1000 em).</summary>
    public IEnumerable<string> FontWidths()
    {
        foreach (var (number, cid) in Dictionaries(New).Where(d => d.Value.GetName("Subtype") == "CIDFontType2"))
        {
            var (unitsPerEm, advances) = Advances(_signed.ResolveDictionary(cid["FontDescriptor"])!);
            var widths = (_signed.Resolve(cid["W"]) as PdfArray)!.Items;
            for (int i = 0; i + 1 < widths.Count; i += 2)
            {
                int first = (int)((PdfNumber)widths[i]).Value;
                var list = ((PdfArray)widths[i + 1]).Items;
                for (int j = 0; j < list.Count; j++)
                {
                    double expected = advances[Math.Min(first + j, advances.Length - 1)] * 1000.0 / unitsPerEm;
                    if (Math.Abs(((PdfNumber)list[j]).Value - expected) > 1)
                    {
                        yield return $"19005-1 6.3.6: font {number}: /W gives CID {first + j} width {((PdfNumber)list[j]).Value}, the program {expected:0.#}";
                    }
                }
            }
        }
    }

    /// <summary>ISO 19005-1 6.4: no soft masks, constant alpha below 1, blend modes other than Normal or transparency groups.</summary>
    public IEnumerable<string> NoTransparency()
    {
        foreach (var (number, dictionary) in Dictionaries(New))
        {
            if (dictionary["SMask"] is { } mask && (mask as PdfName)?.Value != "None")
            {
                yield return $"19005-1 6.4: object {number} has a soft mask";
            }

            foreach (string alpha in new[] { "CA", "ca" })
            {
                if (dictionary[alpha] is PdfNumber { Value: < 1 })
                {
                    yield return $"19005-1 6.4: object {number} has /{alpha} below 1";
                }
            }

            if (dictionary.GetName("BM") is { } blend && blend is not ("Normal" or "Compatible"))
            {
                yield return $"19005-1 6.4: object {number} uses blend mode {blend}";
            }

            if (_signed.ResolveDictionary(dictionary["Group"])?.GetName("S") == "Transparency")
            {
                yield return $"19005-1 6.4: object {number} is a transparency group";
            }
        }
    }

    /// <summary>
    /// ISO 19005-1 6.2.3.3, 19005-2 6.2.4.3: DeviceRGB/DeviceCMYK only with an output intent of that model, DeviceGray only
    /// with an output intent; otherwise the form using them sets /DefaultRGB, /DefaultGray. Checked on new form XObjects:
    /// their content's operators and their images' colour spaces.
    /// </summary>
    public IEnumerable<string> DeviceColour()
    {
        foreach (var (number, form) in New.Where(o => o.Value is PdfStream s && s.Dictionary.GetName("Subtype") == "Form").Select(o => (o.Number, (PdfStream)o.Value)))
        {
            PdfDictionary resources = _signed.ResolveDictionary(form.Dictionary["Resources"]) ?? new PdfDictionary();
            PdfDictionary spaces = _signed.ResolveDictionary(resources["ColorSpace"]) ?? new PdfDictionary();
            var used = new HashSet<string>(StringComparer.Ordinal);
            string content = System.Text.Encoding.Latin1.GetString(_signed.DecodeStream(form));
            if (content.Contains(" g\n", StringComparison.Ordinal) || content.Contains(" G\n", StringComparison.Ordinal))
            {
                used.Add("DeviceGray");
            }

            if (content.Contains(" rg\n", StringComparison.Ordinal) || content.Contains(" RG\n", StringComparison.Ordinal))
            {
                used.Add("DeviceRGB");
            }

            foreach (PdfObject item in (_signed.ResolveDictionary(resources["XObject"])?.Entries ?? []).Select(e => e.Value))
            {
                if (_signed.Resolve(item) is PdfStream { } image && image.Dictionary.GetName("Subtype") == "Image")
                {
                    PdfObject? space = _signed.Resolve(image.Dictionary["ColorSpace"]);
                    string? name = space is PdfArray { Items: [PdfName { Value: "Indexed" }, PdfName baseSpace, ..] } ? baseSpace.Value : (space as PdfName)?.Value;
                    used.Add(name ?? "ICCBased");
                }
            }

            foreach (string device in used.Where(d => d.StartsWith("Device", StringComparison.Ordinal)))
            {
                int components = device switch { "DeviceGray" => 1, "DeviceRGB" => 3, _ => 4 };
                if (!Profile.AllowsDeviceColour(components) && !spaces.ContainsKey("Default" + device["Device".Length..]))
                {
                    yield return $"19005-1 6.2.3.3: form {number} uses {device}, which the output intent ({Profile.OutputComponents?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}) does not allow, without a Default colour space";
                }
            }
        }
    }

    /// <summary>
    /// ISO 19005-1 6.5.3 (19005-2 6.3.2, 6.3.3): every widget has an appearance dictionary holding only /N, a form XObject;
    /// /F sets Print and clears Hidden, Invisible, NoView and ToggleNoView; 19005-1 6.9 (19005-2 6.4.1): no /A or /AA.
    /// </summary>
    public IEnumerable<string> Widgets()
    {
        foreach (var (number, widget) in Dictionaries(New).Where(d => d.Value.GetName("Subtype") == "Widget"))
        {
            PdfDictionary? appearance = _signed.ResolveDictionary(widget["AP"]);
            if (appearance is null || appearance.Entries.Count != 1 || _signed.Resolve(appearance["N"]) is not PdfStream normal || normal.Dictionary.GetName("Subtype") != "Form")
            {
                yield return $"19005-1 6.5.3: widget {number} has no /AP with only an /N form XObject";
            }

            int flags = (int)((_signed.Resolve(widget["F"]) as PdfNumber)?.Value ?? 0);
            const int Invisible = 1, Hidden = 2, Print = 4, NoView = 32, ToggleNoView = 256;
            if ((flags & Print) == 0 || (flags & (Invisible | Hidden | NoView | ToggleNoView)) != 0)
            {
                yield return $"19005-1 6.5.3: widget {number} has /F {flags} (Print must be set; Hidden, Invisible, NoView, ToggleNoView clear)";
            }

            if (widget.ContainsKey("A") || widget.ContainsKey("AA"))
            {
                yield return $"19005-1 6.9: widget {number} has an action (/A or /AA)";
            }
        }
    }

    /// <summary>ISO 19005-1 6.6.1 (19005-2 6.5.1): no JavaScript actions or name tree.</summary>
    public IEnumerable<string> NoJavaScript() => Dictionaries(New)
        .Where(d => d.Value.GetName("S") == "JavaScript" || d.Value.ContainsKey("JS") || d.Value.ContainsKey("JavaScript"))
        .Select(d => $"19005-1 6.6.1: object {d.Number} holds JavaScript");

    /// <summary>ISO 19005-1 6.7.2/6.7.11 and 6.2.2: the catalog's XMP (with its pdfaid) and output intents are those of the input, unchanged.</summary>
    public IEnumerable<string> MetadataAndOutputIntentsUntouched()
    {
        foreach (string key in new[] { "Metadata", "OutputIntents" })
        {
            PdfObject? before = _original.Catalog[key], after = _signed.Catalog[key];
            bool same = (before, after) switch
            {
                (null, null) => true,
                (PdfReference b, PdfReference a) => b.Number == a.Number && New.All(o => o.Number != a.Number),
                (PdfArray b, PdfArray a) => b.Items.Count == a.Items.Count && b.Items.Zip(a.Items).All(p =>
                    p.First is PdfReference rb && p.Second is PdfReference ra && rb.Number == ra.Number && New.All(o => o.Number != ra.Number)),
                _ => false,
            };
            if (!same)
            {
                yield return $"19005-1 6.7.2: the catalog's /{key} changed";
            }
        }
    }

    /// <summary>ISO 19005-1 6.1.7 and 6.1.10: new streams use no external file (/F) and no LZWDecode.</summary>
    public IEnumerable<string> Filters()
    {
        foreach (var (number, value) in New)
        {
            if (value is PdfStream stream && (stream.Dictionary.ContainsKey("F") || stream.Dictionary.ContainsKey("FFilter") || FilterNames(stream).Contains("LZWDecode")))
            {
                yield return $"19005-1 6.1.7/6.1.10: stream {number} refers to an external file or uses LZWDecode";
            }
        }
    }

    /// <summary>
    /// ISO 19005-1 6.1.12 (PDF/A-1 only: PDF 1.4's limits, ISO 32000-1 Annex C): strings at most 65535 bytes, names 127,
    /// arrays 8191 items, dictionaries 4095 entries, integers within 32 bits, reals within ±32767.
    /// </summary>
    public IEnumerable<string> ImplementationLimits()
    {
        if (Profile.Part != 1)
        {
            yield break;
        }

        var pending = new Stack<(int Number, PdfObject Value)>(New.Select(o => (o.Number, o.Value is PdfStream s ? s.Dictionary : o.Value)));
        while (pending.TryPop(out var item))
        {
            string? problem = item.Value switch
            {
                PdfString { Value.Length: > 65535 } => "a string longer than 65535 bytes",
                PdfName { Value.Length: > 127 } => "a name longer than 127 bytes",
                PdfArray { Items.Count: > 8191 } => "an array of more than 8191 items",
                PdfDictionary { Entries.Count: > 4095 } => "a dictionary of more than 4095 entries",
                PdfNumber { IsInteger: true, Value: > int.MaxValue or < int.MinValue } => "an integer beyond 32 bits",
                PdfNumber { IsInteger: false, Value: > 32767 or < -32767 } => "a real beyond ±32767",
                _ => null,
            };
            if (problem is not null)
            {
                yield return $"19005-1 6.1.12: object {item.Number} holds {problem}";
            }

            foreach (PdfObject child in item.Value switch { PdfArray a => a.Items, PdfDictionary d => d.Entries.Select(e => e.Value), _ => [] })
            {
                pending.Push((item.Number, child));
            }
        }
    }

    private static bool CidSetListsEveryGlyph(byte[] set, int glyphs) =>
        Enumerable.Range(0, glyphs).All(cid => cid / 8 < set.Length && (set[cid / 8] & (0x80 >> (cid % 8))) != 0);

    private IEnumerable<string> FilterNames(PdfStream stream) => _signed.Resolve(stream.Dictionary["Filter"]) switch
    {
        PdfName name => [name.Value],
        PdfArray array => array.Items.OfType<PdfName>().Select(n => n.Value),
        _ => [],
    };

    private int GlyphCount(PdfDictionary descriptor) => Advances(descriptor).Advances.Length;

    /// <summary>Reads the embedded program's units per em and advance widths (head, hhea, hmtx), independently of the SDK's font code.</summary>
    private (int UnitsPerEm, int[] Advances) Advances(PdfDictionary descriptor)
    {
        byte[] font = _signed.DecodeStream((PdfStream)_signed.Resolve(descriptor["FontFile2"])!);
        var tables = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4)); i++)
        {
            tables[System.Text.Encoding.ASCII.GetString(font, 12 + (16 * i), 4)] = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + (16 * i) + 8));
        }

        int unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["head"] + 18));
        int glyphs = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["maxp"] + 4));
        int metrics = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["hhea"] + 34));
        int[] advances = [.. Enumerable.Range(0, glyphs).Select(g => (int)BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["hmtx"] + (4 * Math.Min(g, metrics - 1)))))];
        return (unitsPerEm, advances);
    }

    private static IEnumerable<(int Number, PdfDictionary Value)> Dictionaries(IEnumerable<(int Number, PdfObject Value)> objects) => objects
        .Select(o => (o.Number, o.Value switch { PdfDictionary d => d, PdfStream s => s.Dictionary, _ => null }))
        .Where(o => o.Item2 is not null)
        .Select(o => (o.Number, o.Item2!));
}
