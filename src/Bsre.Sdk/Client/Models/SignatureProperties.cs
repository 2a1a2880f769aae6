namespace Bsre.Sdk.Client;

/// <summary>
/// How one document is signed through API v2 (an item of <c>signatureProperties</c>): visibility, placement by page
/// and origin or by anchor text, and the signature dictionary's reason, location and contact.
/// </summary>
public sealed class SignatureProperties
{
    /// <summary>Gets or sets whether the signature is drawn (<c>tampilan</c>).</summary>
    /// <value>Default <see cref="SignatureAppearance.Invisible"/>.</value>
    public SignatureAppearance Appearance { get; set; }

    /// <summary>Gets or sets the specimen image (PNG or JPEG) drawn in a visible signature (<c>imageBase64</c>).</summary>
    /// <value>Default <see langword="null"/>; the gateway needs one for a visible signature.</value>
    public ReadOnlyMemory<byte>? Image { get; set; }

    /// <summary>Gets or sets the 1-based page of the box (<c>page</c>).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public int? Page { get; set; }

    /// <summary>Gets or sets the box's x position in PDF points (<c>originX</c>).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public double? OriginX { get; set; }

    /// <summary>Gets or sets the box's y position in PDF points (<c>originY</c>).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public double? OriginY { get; set; }

    /// <summary>Gets or sets the box width in PDF points (<c>width</c>).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public double? Width { get; set; }

    /// <summary>Gets or sets the box height in PDF points (<c>height</c>).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public double? Height { get; set; }

    /// <summary>Gets or sets the anchor text the box is placed on, instead of page and origin (<c>tag_koordinat</c>).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? AnchorText { get; set; }

    /// <summary>Gets or sets the signing reason (<c>reason</c>).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Reason { get; set; }

    /// <summary>Gets or sets the signing location (<c>location</c>).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Location { get; set; }

    /// <summary>Gets or sets the signer's contact information (<c>contactInfo</c>).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? ContactInfo { get; set; }

    /// <summary>Gets or sets the password of an encrypted input PDF (<c>pdfPassword</c>); never logged.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? PdfPassword { get; set; }
}
