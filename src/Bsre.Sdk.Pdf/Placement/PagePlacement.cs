using System.Globalization;

namespace Bsre.Sdk.Pdf.Placement;

/// <summary>
/// Finds where a visible signature goes: the page, and the widget rectangle in default user space. The caller's
/// rectangle is in points on the page as shown (after /Rotate, origin at the bottom-left corner of the visible area);
/// an anchor's rectangle is centred on the anchor text as shown.
/// </summary>
internal static class PagePlacement
{
    /// <summary>How far (points) a rectangle may reach past the page edge before it is refused (rounding in callers' arithmetic).</summary>
    private const double Tolerance = 0.5;

    public static (PageBox Page, double[] Rectangle) Place(IPageGeometry pages, PdfSignatureAppearance appearance)
    {
        if (appearance.Width <= 0 || appearance.Height <= 0 || !double.IsFinite(appearance.Width) || !double.IsFinite(appearance.Height))
        {
            throw new ArgumentOutOfRangeException(nameof(appearance), string.Create(CultureInfo.InvariantCulture, $"The signature's width and height must be positive; they are {appearance.Width} and {appearance.Height}."));
        }

        return appearance.AnchorText is { Length: > 0 } anchor ? AtAnchor(pages, anchor, appearance) : OnPage(pages, appearance);
    }

    /// <summary>Resolves <see cref="PdfSignatureAppearance.Page"/> (1-based, or <see cref="PdfSignatureAppearance.LastPage"/>) to a zero-based index.</summary>
    public static int PageIndex(IPageGeometry pages, int number)
    {
        int count = pages.PageCount;
        int resolved = number == PdfSignatureAppearance.LastPage ? count : number;
        return resolved >= 1 && resolved <= count
            ? resolved - 1
            : throw new ArgumentOutOfRangeException(nameof(number), string.Create(CultureInfo.InvariantCulture, $"The document has {count} page(s); page {resolved} does not exist."));
    }

    private static (PageBox, double[]) OnPage(IPageGeometry pages, PdfSignatureAppearance appearance)
    {
        PageBox box = pages.Page(PageIndex(pages, appearance.Page));
        double x = appearance.X, y = appearance.Y, w = appearance.Width, h = appearance.Height;
        if (!double.IsFinite(x) || !double.IsFinite(y) || x < -Tolerance || y < -Tolerance || x + w > box.ShownWidth + Tolerance || y + h > box.ShownHeight + Tolerance)
        {
            throw new ArgumentOutOfRangeException(nameof(appearance), string.Create(
                CultureInfo.InvariantCulture,
                $"The rectangle {x},{y},{w},{h} (points from the bottom-left corner of the page as shown) is not inside {box}."));
        }

        return (box, box.ToUserRectangle(x, y, w, h));
    }

    private static (PageBox, double[]) AtAnchor(IPageGeometry pages, string anchor, PdfSignatureAppearance appearance)
    {
        for (int index = 0; index < pages.PageCount; index++)
        {
            if (Find(pages.Content(index).Letters, anchor) is not { } hit)
            {
                continue;
            }

            PageBox box = pages.Page(index);
            var shown = box.ToShownRectangle(hit);
            double w = Math.Min(appearance.Width, box.ShownWidth), h = Math.Min(appearance.Height, box.ShownHeight);
            double x = Math.Clamp(shown.U + (shown.Width / 2) - (w / 2), 0, box.ShownWidth - w);
            double y = Math.Clamp(shown.V + (shown.Height / 2) - (h / 2), 0, box.ShownHeight - h);
            return (box, box.ToUserRectangle(x, y, w, h));
        }

        throw new ArgumentException($"The anchor text '{anchor}' does not occur in the document.", nameof(appearance));
    }

    /// <summary>Finds the first occurrence of <paramref name="anchor"/> in the letter sequence (not in words: PdfPig splits words at underscores) and returns its box.</summary>
    private static PageRegion? Find(IReadOnlyList<PageLetter> letters, string anchor)
    {
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
            return null;
        }

        var hit = letters.Skip(owner[at]).Take(owner[at + anchor.Length - 1] - owner[at] + 1).ToList();
        return new PageRegion(hit.Min(l => l.Box.Left), hit.Min(l => l.Box.Bottom), hit.Max(l => l.Box.Right), hit.Max(l => l.Box.Top));
    }
}
