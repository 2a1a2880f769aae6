using System.Globalization;
using Bsre.Sdk.Pdf.Placement;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf;

/// <summary>
/// The pre-flight checks of a PDF before BSrE's gateway, in the order a reader meets the problems: size, header, the
/// strict parser (what iText 5 reports as "Rebuild failed"), encryption, the page tree with each page's boxes and
/// /Rotate (ISO 32000-1 §7.7.3.3, inheritable), then the anchor text exactly once.
/// </summary>
internal static class PdfPreflight
{
    public static void Check(Stream document, string? anchorText, ReadOnlyMemory<char> pdfPassword, long maxSize)
    {
        long start = document.Position;
        long size = document.Length - start;
        if (size > maxSize)
        {
            throw new PdfPreflightException(PdfPreflightProblem.TooLarge, string.Create(CultureInfo.InvariantCulture, $"it is {size:N0} bytes, more than the {maxSize:N0} allowed (PdfGatewayCheckOptions.MaxDocumentSize)."));
        }

        Span<byte> header = stackalloc byte[5];
        if (document.ReadAtLeast(header, 5, throwOnEndOfStream: false) < 5 || !header.SequenceEqual("%PDF-"u8))
        {
            throw new PdfPreflightException(PdfPreflightProblem.NotPdf, "it does not start with a PDF header (%PDF-).");
        }

        document.Position = start;
        PdfFile file = Open(document, pdfPassword);
        IReadOnlyList<PdfReference> pages;
        try
        {
            pages = PageTreeWalker.Walk(file);
            for (int i = 0; i < pages.Count; i++)
            {
                CheckPage(file, file.ResolveDictionary(pages[i])!, i + 1);
            }
        }
        catch (Exception e) when (e is DocumentFormatException or InvalidCastException or IndexOutOfRangeException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw Malformed(e);
        }

        if (pages.Count == 0)
        {
            throw new PdfPreflightException(PdfPreflightProblem.NoPages, "its page tree has no page.");
        }

        if (!string.IsNullOrEmpty(anchorText))
        {
            CheckAnchor(new RawPageGeometry(file), anchorText);
        }

        document.Position = start;
    }

    private static PdfFile Open(Stream document, ReadOnlyMemory<char> pdfPassword)
    {
        PdfFile file;
        try
        {
            file = PdfFile.Open(document, pdfPassword.Span);
        }
        catch (PdfPasswordException e)
        {
            throw new PdfPreflightException(PdfPreflightProblem.Encrypted, "it is encrypted and " + (pdfPassword.IsEmpty ? "no password was given: send it as pdfPassword (API v2) or remove the encryption." : "the given password does not open it."), e);
        }
        catch (Exception e) when (e is DocumentFormatException or InvalidCastException or IndexOutOfRangeException or OverflowException or FormatException or EndOfStreamException or InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            throw Malformed(e);
        }

        if (file.Security is not null && pdfPassword.IsEmpty)
        {
            throw new PdfPreflightException(PdfPreflightProblem.Encrypted, "it is encrypted: send its password as pdfPassword (API v2), or remove the encryption; iText 5 refuses to sign it otherwise.");
        }

        return file;
    }

    private static PdfPreflightException Malformed(Exception e) => new(
        PdfPreflightProblem.Malformed,
        $"its structure is broken ({e.Message}); the gateway's iText 5 would answer 'Rebuild failed'. Re-export or repair it (e.g. qpdf in.pdf out.pdf) before signing.",
        e);

    private static void CheckPage(PdfFile file, PdfDictionary page, int number)
    {
        double[] media = PageAttributes.Box(file, PageAttributes.Inherited(file, page, "MediaBox"))
            ?? throw new PdfPreflightException(PdfPreflightProblem.InvalidPageBox, string.Create(CultureInfo.InvariantCulture, $"page {number} has no valid /MediaBox (four numbers enclosing an area)."));
        if (PageAttributes.Inherited(file, page, "CropBox") is { } cropValue)
        {
            double[] crop = PageAttributes.Box(file, cropValue)
                ?? throw new PdfPreflightException(PdfPreflightProblem.InvalidPageBox, string.Create(CultureInfo.InvariantCulture, $"page {number} has an invalid /CropBox."));
            if (Math.Min(crop[2], media[2]) <= Math.Max(crop[0], media[0]) || Math.Min(crop[3], media[3]) <= Math.Max(crop[1], media[1]))
            {
                throw new PdfPreflightException(PdfPreflightProblem.InvalidPageBox, string.Create(CultureInfo.InvariantCulture, $"page {number}'s /CropBox lies outside its /MediaBox, so nothing of it is shown."));
            }
        }

        if (PageAttributes.Inherited(file, page, "Rotate") is { } rotateValue
            && (file.Resolve(rotateValue) is not PdfNumber { IsInteger: true } rotate || rotate.LongValue % 90 != 0))
        {
            throw new PdfPreflightException(PdfPreflightProblem.InvalidRotation, string.Create(CultureInfo.InvariantCulture, $"page {number}'s /Rotate is {rotateValue}, not a multiple of 90."));
        }
    }

    /// <summary>Counts the anchor in each page's text as PdfPig extracts it, one page at a time (the gateway searches the text the same way).</summary>
    private static void CheckAnchor(RawPageGeometry pages, string anchor)
    {
        var found = new List<int>();
        try
        {
            for (int n = 1; n <= pages.PageCount; n++)
            {
                string text = string.Concat(pages.Content(n - 1).Letters.Select(l => l.Value));
                for (int at = text.IndexOf(anchor, StringComparison.Ordinal); at >= 0; at = text.IndexOf(anchor, at + anchor.Length, StringComparison.Ordinal))
                {
                    found.Add(n);
                }
            }
        }
        catch (Exception e) when (e is not (PdfPreflightException or OperationCanceledException or OutOfMemoryException))
        {
            throw new PdfPreflightException(PdfPreflightProblem.Malformed, $"its page content could not be read to find the anchor text ({e.Message}).", e);
        }

        if (found.Count == 0)
        {
            throw new PdfPreflightException(PdfPreflightProblem.AnchorNotFound, $"the anchor text (tag_koordinat) '{anchor}' does not occur in its text; the gateway would have nowhere to place the signature.");
        }

        if (found.Count > 1)
        {
            throw new PdfPreflightException(PdfPreflightProblem.AnchorNotUnique, string.Create(CultureInfo.InvariantCulture,
                $"the anchor text (tag_koordinat) '{anchor}' occurs {found.Count} times (pages {string.Join(", ", found.Distinct())}); it must occur exactly once, where the signature goes."));
        }
    }
}
