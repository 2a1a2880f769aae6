using Bsre.Sdk.Pdf.Placement;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Signing;

namespace Bsre.Sdk.Pdf;

/// <summary>
/// Shows where a visible signature will go before signing, for people who place signatures by hand: the rectangle as
/// the signer computes it, and a schematic picture of the page (its visible area, glyph boxes of its text, image boxes,
/// the signature rectangle). The page's actual drawing is not rasterised.
/// </summary>
public static class PdfPlacementPreview
{
    /// <summary>Finds where <paramref name="appearance"/> puts the signature, exactly as <see cref="PadesSigner"/> would.</summary>
    /// <param name="pdf">The PDF (read only; a forward-only stream is copied to a temporary file).</param>
    /// <param name="appearance">The page and rectangle, or the anchor text and size.</param>
    /// <param name="pdfPassword">The user or owner password of an encrypted PDF (empty: the empty user password).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The page and the rectangle as shown.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The page does not exist or the rectangle is not inside its visible area.</exception>
    /// <exception cref="ArgumentException">The anchor text does not occur in the document.</exception>
    /// <exception cref="DocumentFormatException">The PDF or the page cannot be read.</exception>
    /// <exception cref="PdfPasswordException">The password does not open the PDF.</exception>
    public static Task<PdfSignaturePlacement> LocateAsync(Stream pdf, PdfSignatureAppearance appearance, ReadOnlyMemory<char> pdfPassword = default, CancellationToken cancellationToken = default) =>
        RunAsync(pdf, appearance, null, pdfPassword, cancellationToken);

    /// <summary>Finds where <paramref name="appearance"/> puts the signature and writes a schematic PNG of that page with the rectangle on it.</summary>
    /// <param name="pdf">The PDF (read only; a forward-only stream is copied to a temporary file).</param>
    /// <param name="appearance">The page and rectangle, or the anchor text and size.</param>
    /// <param name="png">Receives the PNG: the page as shown at 2 pixels per point (less for pages over 1,200 points), text as grey glyph boxes, images as blue boxes, the signature as a red rectangle.</param>
    /// <param name="pdfPassword">The user or owner password of an encrypted PDF (empty: the empty user password).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The page and the rectangle as shown.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The page does not exist or the rectangle is not inside its visible area.</exception>
    /// <exception cref="ArgumentException">The anchor text does not occur in the document.</exception>
    /// <exception cref="DocumentFormatException">The PDF or the page cannot be read.</exception>
    /// <exception cref="PdfPasswordException">The password does not open the PDF.</exception>
    public static Task<PdfSignaturePlacement> RenderPngAsync(Stream pdf, PdfSignatureAppearance appearance, Stream png, ReadOnlyMemory<char> pdfPassword = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(png);
        return RunAsync(pdf, appearance, png, pdfPassword, cancellationToken);
    }

    private static async Task<PdfSignaturePlacement> RunAsync(Stream pdf, PdfSignatureAppearance appearance, Stream? png, ReadOnlyMemory<char> pdfPassword, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appearance);
        await using var source = await SeekableInput.OpenAsync(pdf, cancellationToken).ConfigureAwait(false);
        var pages = new RawPageGeometry(PdfFile.Open(source.Stream, pdfPassword.Span));
        var (page, rect) = PagePlacement.Place(pages, appearance);
        var shown = page.ToShownRectangle(new PageRegion(rect[0], rect[1], rect[2], rect[3]));
        if (png is not null)
        {
            byte[] picture = SchematicPage.Draw(page, pages.Content(page.Index), shown);
            await png.WriteAsync(picture, cancellationToken).ConfigureAwait(false);
        }

        return new PdfSignaturePlacement(page.Index + 1, page.ShownWidth, page.ShownHeight, page.Rotation, shown.U, shown.V, shown.Width, shown.Height);
    }
}
