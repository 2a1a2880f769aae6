using System.Globalization;
using System.Security.Cryptography;

namespace Bsre.Sdk.Pdf.Raw;

/// <summary>
/// Collects new and changed objects and serialises them as one appended revision with a
/// cross-reference section of the same kind as the newest one (table or stream), /Prev, /Size,
/// /Root, /Info, /Encrypt and /ID (first element kept). In an encrypted file the strings and streams of
/// the new objects are encrypted with the file's key.
/// </summary>
internal sealed class IncrementalUpdate
{
    private readonly PdfFile _file;
    private readonly SortedDictionary<int, (int Generation, PdfObject? Value)> _objects = [];
    private int _next;

    public IncrementalUpdate(PdfFile file)
    {
        _file = file;
        _next = file.NextObjectNumber;
    }

    public PdfFile File => _file;

    /// <summary>Reserves a new object number, to be filled with <see cref="Set"/>.</summary>
    public PdfReference Reserve()
    {
        var reference = new PdfReference(_next++, 0);
        _objects[reference.Number] = (0, null);
        return reference;
    }

    public PdfReference Add(PdfObject value)
    {
        PdfReference reference = Reserve();
        Set(reference, value);
        return reference;
    }

    public void Set(PdfReference reference, PdfObject value) => _objects[reference.Number] = (reference.Generation, value);

    /// <summary>Writes a new version of an existing object (same number and generation).</summary>
    public void Replace(int number, PdfObject value) => _objects[number] = (_file.GenerationOf(number), value);

    /// <summary>Gets the object as this update will leave it: the pending new version, else the file's.</summary>
    public PdfObject? Current(int number) => _objects.TryGetValue(number, out var pending) && pending.Value is not null ? pending.Value : _file.GetObject(number);

    /// <summary>Gets a dictionary object for editing: the pending version, else a copy of the file's.</summary>
    public PdfDictionary Edit(PdfReference reference)
    {
        if (_objects.TryGetValue(reference.Number, out var pending) && pending.Value is PdfDictionary editing)
        {
            return editing;
        }

        var copy = (_file.ResolveDictionary(reference) ?? throw PdfFormat.Error($"object {reference} is not a dictionary")).Clone();
        Replace(reference.Number, copy);
        return copy;
    }

    /// <summary>Gets <paramref name="value"/> as it is written as object <paramref name="reference"/>: encrypted when the file is.</summary>
    public PdfObject Encrypted(PdfReference reference, PdfObject value) => _file.Security?.Encrypt(value, reference.Number, reference.Generation) ?? value;

    public PdfRevision Build()
    {
        long start = _file.Length;
        using var output = new MemoryStream(InitialCapacity());
        if (!EndsWithEol())
        {
            output.WriteByte((byte)'\n');
        }

        var offsets = new SortedDictionary<int, (long Offset, int Generation)>();
        foreach (var (number, (generation, value)) in _objects)
        {
            offsets[number] = (start + output.Position, generation);
            PdfSerializer.Ascii(output, $"{number} {generation} obj\n");
            if (value is PdfRawObject raw)
            {
                output.Write(raw.Bytes);
            }
            else
            {
                PdfSerializer.Write(output, Encrypted(new PdfReference(number, generation), value ?? PdfKeyword.Null));
            }

            PdfSerializer.Ascii(output, "\nendobj\n");
        }

        long xrefOffset = start + output.Position;
        PdfDictionary trailer = BuildTrailer();
        if (_file.Xref.NewestIsStream)
        {
            int number = _next++;
            offsets[number] = (xrefOffset, 0);
            trailer["Size"] = new PdfNumber(Math.Max(_next, _file.NextObjectNumber));
            XrefSectionWriter.WriteStream(output, number, trailer, offsets);
        }
        else
        {
            XrefSectionWriter.WriteTable(output, trailer, offsets);
        }

        PdfSerializer.Ascii(output, string.Create(CultureInfo.InvariantCulture, $"\nstartxref\n{xrefOffset}\n%%EOF\n"));
        return new PdfRevision(output.GetBuffer().AsMemory(0, (int)output.Length), start, offsets.ToDictionary(o => o.Key, o => o.Value.Offset));
    }

    /// <summary>The pre-serialised objects (a signature's /Contents placeholder is kilobytes) plus room for the rest, so the buffer is not regrown.</summary>
    private int InitialCapacity() => _objects.Values.Sum(o => (o.Value as PdfRawObject)?.Bytes.Length ?? 0) + 4096;

    private bool EndsWithEol()
    {
        _file.Reader.Position = _file.Length - 1;
        return _file.Reader.Peek() is '\n' or '\r';
    }

    private PdfDictionary BuildTrailer()
    {
        PdfDictionary old = _file.Trailer;
        var trailer = new PdfDictionary
        {
            ["Size"] = new PdfNumber(Math.Max(_next, _file.NextObjectNumber)),
            ["Root"] = old["Root"]!,
        };
        if (old["Info"] is PdfReference info)
        {
            trailer["Info"] = info;
        }

        byte[] fresh = RandomNumberGenerator.GetBytes(16);
        PdfString? first = (old["ID"] as PdfArray)?.Items.FirstOrDefault() as PdfString;
        if (_file.Security is not null)
        {
            trailer["Encrypt"] = old["Encrypt"]!;
        }

        // the first /ID is part of an encrypted file's key (R2–R4): an encrypted file without one keeps none
        if (first is not null || _file.Security is null)
        {
            trailer["ID"] = new PdfArray([first ?? new PdfString(fresh, isHex: true), new PdfString(fresh, isHex: true)]);
        }

        trailer["Prev"] = new PdfNumber(_file.Xref.StartXref);
        return trailer;
    }
}
