using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Bsre.Sdk.Pdf.Appearance;

/// <summary>Finds where a visible signature goes with PdfPig: the page box, and the anchor text's letters.</summary>
internal static class PagePlacement
{
    /// <summary>Places the signature; PdfPig takes an encrypted file's password as a string, so a non-empty one is copied into one here.</summary>
    public static (PageBox Page, double[] Rectangle) Place(Stream input, PdfSignatureAppearance appearance, ReadOnlyMemory<char> pdfPassword)
    {
        input.Position = 0;
        try
        {
            using PdfDocument document = PdfDocument.Open(input, new ParsingOptions { Password = pdfPassword.IsEmpty ? string.Empty : new string(pdfPassword.Span) });
            return appearance.AnchorText is { Length: > 0 } anchor ? AtAnchor(document, anchor, appearance) : OnPage(document, appearance);
        }
        catch (Exception e) when (e is not (DocumentFormatException or ArgumentException or OperationCanceledException or OutOfMemoryException))
        {
            throw new DocumentFormatException("The page content could not be read to place the signature: " + e.Message, e);
        }
    }

    private static (PageBox, double[]) OnPage(PdfDocument document, PdfSignatureAppearance appearance)
    {
        int number = appearance.Page == PdfSignatureAppearance.LastPage ? document.NumberOfPages : appearance.Page;
        if (number < 1 || number > document.NumberOfPages)
        {
            throw new ArgumentOutOfRangeException(nameof(appearance), string.Create(CultureInfo.InvariantCulture, $"The document has {document.NumberOfPages} page(s); page {number} does not exist."));
        }

        PageBox box = BoxOf(document.GetPage(number));
        double[] rect = [appearance.X, appearance.Y, appearance.X + appearance.Width, appearance.Y + appearance.Height];
        if (appearance.Width <= 0 || appearance.Height <= 0 || !box.Contains(rect))
        {
            throw new ArgumentOutOfRangeException(nameof(appearance), string.Create(
                CultureInfo.InvariantCulture,
                $"The rectangle {appearance.X},{appearance.Y},{appearance.Width},{appearance.Height} is not inside page {number} ({box.Left} {box.Bottom} {box.Right} {box.Top})."));
        }

        return (box, rect);
    }

    private static (PageBox, double[]) AtAnchor(PdfDocument document, string anchor, PdfSignatureAppearance appearance)
    {
        for (int n = 1; n <= document.NumberOfPages; n++)
        {
            Page page = document.GetPage(n);
            var letters = page.Letters;
            var text = new System.Text.StringBuilder();
            var owner = new List<int>();
            for (int i = 0; i < letters.Count; i++)
            {
                text.Append(letters[i].Value);
                owner.AddRange(Enumerable.Repeat(i, letters[i].Value.Length));
            }

            int at = text.ToString().IndexOf(anchor, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var hit = letters.Skip(owner[at]).Take(owner[at + anchor.Length - 1] - owner[at] + 1).ToList();
            double left = hit.Min(l => l.BoundingBox.Left), right = hit.Max(l => l.BoundingBox.Right);
            double bottom = hit.Min(l => l.StartBaseLine.Y), top = hit.Max(l => Math.Max(l.BoundingBox.Top, l.StartBaseLine.Y + l.PointSize * 0.7));
            PageBox box = BoxOf(page);

            // on a page shown turned by 90 or 270 degrees, the requested (visual) width runs along user-space y
            (double w, double h) = box.Rotation is 90 or 270 ? (appearance.Height, appearance.Width) : (appearance.Width, appearance.Height);
            double x = Math.Clamp(((left + right) / 2) - (w / 2), box.Left, Math.Max(box.Left, box.Right - w));
            double y = Math.Clamp(((bottom + top) / 2) - (h / 2), box.Bottom, Math.Max(box.Bottom, box.Top - h));
            return (box, [x, y, x + w, y + h]);
        }

        throw new ArgumentException($"The anchor text '{anchor}' does not occur in the document.", nameof(appearance));
    }

    private static PageBox BoxOf(Page page)
    {
        var bounds = page.CropBox.Bounds.Width > 0 ? page.CropBox.Bounds : page.MediaBox.Bounds;
        return new PageBox(page.Number - 1, bounds.Left, bounds.Bottom, bounds.Width, bounds.Height, ((page.Rotation.Value % 360) + 360) % 360);
    }
}
