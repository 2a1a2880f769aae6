namespace Bsre.Sdk.Pdf;

/// <summary>
/// A visible signature: where it goes (a page and rectangle, or next to an anchor text, as BSrE's
/// <c>tag_koordinat</c>) and what it shows (signer/date/reason/location text, an image, a QR code).
/// </summary>
/// <remarks>
/// <see cref="X"/>, <see cref="Y"/>, <see cref="Width"/> and <see cref="Height"/> are in points (1/72 inch) on the page as a
/// reader shows it: after /Rotate, with the origin at the bottom-left corner of the visible area (the CropBox), whatever
/// the page's MediaBox origin and /UserUnit. The widget's /Rect is written in the page's default user space and the
/// drawing is turned (its form /Matrix) to read upright on a rotated page, as Acrobat does. A rectangle that does not
/// lie inside the visible area is refused with an <see cref="ArgumentOutOfRangeException"/> naming the page box. With
/// <see cref="AnchorText"/>, the rectangle of <see cref="Width"/> by <see cref="Height"/> points is centred on the text
/// as shown and kept inside the page.
/// </remarks>
public sealed class PdfSignatureAppearance
{
    /// <summary>The page number that means the last page.</summary>
    public const int LastPage = -1;

    /// <summary>Gets or sets whether the widget is drawn; <see langword="false"/> keeps the signature invisible and only writes the <see cref="Notice"/> on <see cref="Page"/>.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool Visible { get; set; } = true;

    /// <summary>Gets or sets the 1-based page number, or <see cref="LastPage"/>. Ignored when <see cref="AnchorText"/> is set.</summary>
    /// <value>Default 1.</value>
    public int Page { get; set; } = 1;

    /// <summary>Gets or sets the rectangle's left edge in points from the left edge of the page as shown.</summary>
    public double X { get; set; }

    /// <summary>Gets or sets the rectangle's bottom edge in points from the bottom edge of the page as shown.</summary>
    public double Y { get; set; }

    /// <summary>Gets or sets the rectangle's width in points, as shown.</summary>
    /// <value>Default 200.</value>
    public double Width { get; set; } = 200;

    /// <summary>Gets or sets the rectangle's height in points, as shown.</summary>
    /// <value>Default 70.</value>
    public double Height { get; set; } = 70;

    /// <summary>Gets or sets a text to find (first occurrence, first page that has it); the rectangle is then centred on it and <see cref="X"/>/<see cref="Y"/>/<see cref="Page"/> are ignored.</summary>
    public string? AnchorText { get; set; }

    /// <summary>Gets or sets whether the signer, date, reason and location are written.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool ShowText { get; set; } = true;

    /// <summary>
    /// Gets or sets the font of the text and the notice: a TrueType font (.ttf, or OpenType with TrueType outlines), for
    /// scripts the default does not cover. Only the glyphs used are embedded (a subset); an unusable font or a character it
    /// lacks is a <see cref="PdfFontException"/>.
    /// </summary>
    /// <value>Default <see langword="null"/> (or empty): Noto Sans Regular (SIL Open Font License 1.1), shipped in this package, covering Latin with its accented letters.</value>
    public ReadOnlyMemory<byte>? Font { get; set; }

    /// <summary>Gets or sets an image (PNG or JPEG bytes) drawn in the rectangle.</summary>
    public ReadOnlyMemory<byte>? Image { get; set; }

    /// <summary>Gets or sets a verification URL drawn as a QR code.</summary>
    public Uri? QrCodeUrl { get; set; }

    /// <summary>Gets or sets whether BSrE's notice is written at the bottom of the page, in the signed revision.</summary>
    public bool Notice { get; set; }

    /// <summary>Gets or sets the notice's wording.</summary>
    /// <value>Default <see cref="BsreNotice.Wording2026"/>; <see cref="BsreNotice.LegacyWording"/> is the pre-2025 text.</value>
    public string NoticeText { get; set; } = BsreNotice.Wording2026;

    /// <summary>Gets or sets the verifier address the notice points readers to (<see cref="BsreNotice.VerifierSentence"/>), or <see langword="null"/> for none.</summary>
    /// <value>Default <see cref="BsreNotice.VerifierUrl2026"/>; <see cref="BsreNotice.LegacyVerifierUrl"/> is the pre-2025 address.</value>
    public Uri? NoticeVerifierUrl { get; set; } = BsreNotice.VerifierUrl2026;

    /// <summary>Gets or sets a logo (PNG or JPEG) drawn beside the notice.</summary>
    public ReadOnlyMemory<byte>? NoticeLogo { get; set; }
}
