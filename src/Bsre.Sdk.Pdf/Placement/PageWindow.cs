using System.Globalization;
using Bsre.Sdk.Pdf.Raw;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Bsre.Sdk.Pdf.Placement;

/// <summary>
/// Extracts one page's letters and image boxes with PdfPig without handing it the document: the page and everything its content and
/// resources refer to (fonts, form XObjects, their streams still encoded) are copied into a one-page PDF in memory, and
/// PdfPig reads that. Image XObjects become 1×1 placeholders (their placement on the page is kept; text extraction never looks inside them), so the window
/// holds the page's text-bearing objects only. Strings and streams come out of the raw reader already decrypted.
/// </summary>
internal sealed class PageWindow
{
    /// <summary>
    /// The window page's MediaBox. PdfPig moves letters by the MediaBox and CropBox origin and turns them by /Rotate; the
    /// window has a box at the origin and no /CropBox or /Rotate, so letters come out in the page's default user space
    /// (PdfPig does not clip letters to the box).
    /// </summary>
    private static readonly double[] WindowBox = [0, 0, 612, 792];

    /// <summary>Dictionary entries never followed: they lead to other pages, annotations or metadata, not to this page's text.</summary>
    private static readonly HashSet<string> Skipped = ["Parent", "P", "Annots", "Metadata", "PieceInfo", "Thumb", "B", "StructParent", "StructParents", "Length"];

    private readonly PdfFile _file;
    private readonly Dictionary<int, int> _numbers = [];
    private readonly Queue<int> _pending = new();

    private PageWindow(PdfFile file) => _file = file;

    public static PageContent Content(PdfFile file, PdfReference pageReference, PdfDictionary page)
    {
        byte[] window = new PageWindow(file).Write(page);
        try
        {
            using PdfDocument document = PdfDocument.Open(window, new ParsingOptions { UseLenientParsing = true });
            Page copied = document.GetPage(1);
            var images = copied.GetImages().Select(i => i.BoundingBox).Select(b => new PageRegion(b.Left, b.Bottom, b.Right, b.Top)).ToList();
            return new PageContent(copied.Letters.Select(ToLetter).ToList(), images);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            throw new DocumentFormatException($"The text of page object {pageReference} could not be read to place the signature: {e.Message}", e);
        }
    }

    /// <summary>A letter's box: its glyph box with the baseline, and a height of 0.7 em where the font gives no glyph heights (PdfPig notes §5).</summary>
    private static PageLetter ToLetter(Letter letter)
    {
        var box = letter.BoundingBox;
        double left = Math.Min(box.Left, Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X));
        double right = Math.Max(box.Right, Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X));
        double bottom = Math.Min(box.Bottom, Math.Min(letter.StartBaseLine.Y, letter.EndBaseLine.Y));
        double top = Math.Max(box.Top, Math.Max(letter.StartBaseLine.Y, letter.EndBaseLine.Y));
        if (top - bottom < 0.01)
        {
            top = bottom + (letter.PointSize * 0.7);
        }

        return new PageLetter(letter.Value, new PageRegion(left, bottom, right, top));
    }

    private byte[] Write(PdfDictionary page)
    {
        const int FirstCopied = 4;
        var copy = new PdfDictionary { ["Type"] = new PdfName("Page"), ["Parent"] = new PdfReference(2, 0), ["MediaBox"] = PdfArray.OfNumbers(WindowBox) };
        if (PageAttributes.Inherited(_file, page, "Resources") is { } resources)
        {
            copy["Resources"] = Copy(resources);
        }

        if (page["Contents"] is { } contents)
        {
            copy["Contents"] = Copy(contents);
        }

        using var output = new MemoryStream();
        var offsets = new SortedDictionary<int, (long Offset, int Generation)>();
        PdfSerializer.Ascii(output, "%PDF-1.7\n");
        WriteObject(output, offsets, 1, new PdfDictionary { ["Type"] = new PdfName("Catalog"), ["Pages"] = new PdfReference(2, 0) });
        WriteObject(output, offsets, 2, new PdfDictionary { ["Type"] = new PdfName("Pages"), ["Kids"] = new PdfArray([new PdfReference(3, 0)]), ["Count"] = new PdfNumber(1) });
        WriteObject(output, offsets, 3, copy);
        while (_pending.TryDequeue(out int original))
        {
            WriteObject(output, offsets, _numbers[original], CopyObject(_file.GetObject(original)));
        }

        long xref = output.Position;
        var trailer = new PdfDictionary { ["Size"] = new PdfNumber(FirstCopied + _numbers.Count), ["Root"] = new PdfReference(1, 0) };
        XrefSectionWriter.WriteTable(output, trailer, offsets);
        PdfSerializer.Ascii(output, string.Create(CultureInfo.InvariantCulture, $"\nstartxref\n{xref}\n%%EOF\n"));
        return output.ToArray();
    }

    private static void WriteObject(MemoryStream output, SortedDictionary<int, (long, int)> offsets, int number, PdfObject value)
    {
        offsets[number] = (output.Position, 0);
        PdfSerializer.Ascii(output, string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n"));
        PdfSerializer.Write(output, value);
        PdfSerializer.Ascii(output, "\nendobj\n");
    }

    /// <summary>Copies an indirect object; an absent or free one becomes null, as ISO 32000-1 §7.3.10 reads it.</summary>
    private PdfObject CopyObject(PdfObject? value) => value switch
    {
        null => PdfKeyword.Null,
        PdfStream stream when stream.Dictionary.GetName("Subtype") == "Image" => Placeholder(),
        PdfStream stream => new PdfStream(CopyDictionary(stream.Dictionary), stream.Data ?? _file.ReadRawStream(stream)),
        _ => Copy(value),
    };

    /// <summary>Copies a direct value, renumbering the references it holds and queueing their objects.</summary>
    private PdfObject Copy(PdfObject value) => value switch
    {
        PdfReference reference => new PdfReference(Renumber(reference.Number), 0),
        PdfArray array => new PdfArray(array.Items.Select(Copy)),
        PdfDictionary dictionary => CopyDictionary(dictionary),
        PdfStream => throw PdfFormat.Error("a stream is stored as a direct object"),
        _ => value,
    };

    private PdfDictionary CopyDictionary(PdfDictionary dictionary)
    {
        var copy = new PdfDictionary();
        foreach (var (key, value) in dictionary.Entries)
        {
            if (!Skipped.Contains(key))
            {
                copy[key] = Copy(value);
            }
        }

        return copy;
    }

    private int Renumber(int original)
    {
        if (!_numbers.TryGetValue(original, out int number))
        {
            number = 4 + _numbers.Count;
            _numbers[original] = number;
            _pending.Enqueue(original);
        }

        return number;
    }

    private static PdfStream Placeholder() => new(
        new PdfDictionary
        {
            ["Type"] = new PdfName("XObject"),
            ["Subtype"] = new PdfName("Image"),
            ["Width"] = new PdfNumber(1),
            ["Height"] = new PdfNumber(1),
            ["ColorSpace"] = new PdfName("DeviceGray"),
            ["BitsPerComponent"] = new PdfNumber(8),
        },
        [0]);
}
