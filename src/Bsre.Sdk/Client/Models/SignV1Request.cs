namespace Bsre.Sdk.Client;

/// <summary>
/// An API v1 signing request (<c>POST /api/sign/pdf</c>, multipart): one PDF, NIK and passphrase, and the placement
/// of a visible signature by page and coordinates or by anchor text.
/// </summary>
public sealed class SignV1Request
{
    /// <summary>Gets or sets the signer's NIK; never logged.</summary>
    public required string Nik { get; set; }

    /// <summary>Gets or sets the certificate passphrase; never logged.</summary>
    public required string Passphrase { get; set; }

    /// <summary>Gets or sets the PDF, streamed into the request from its current position.</summary>
    public required Stream Document { get; set; }

    /// <summary>Gets or sets the file name sent with the PDF.</summary>
    /// <value>Default <c>document.pdf</c>.</value>
    public string FileName { get; set; } = "document.pdf";

    /// <summary>Gets or sets whether the signature is drawn (<c>tampilan</c>).</summary>
    /// <value>Default <see cref="SignatureAppearance.Invisible"/>.</value>
    public SignatureAppearance Appearance { get; set; }

    /// <summary>Gets or sets the specimen image (PNG or JPEG) for a visible signature (<c>imageTTD</c>, sends <c>image=true</c>).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public Stream? Image { get; set; }

    /// <summary>Gets or sets the URL the gateway encodes in a QR code when there is no image (<c>linkQR</c>, sends <c>image=false</c>).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public Uri? QrLink { get; set; }

    /// <summary>Gets or sets the 1-based page of the box (<c>page</c>).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public int? Page { get; set; }

    /// <summary>Gets or sets the box's x position in PDF points (<c>xAxis</c>).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public double? X { get; set; }

    /// <summary>Gets or sets the box's y position in PDF points (<c>yAxis</c>).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public double? Y { get; set; }

    /// <summary>Gets or sets the box width in PDF points (<c>width</c>).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public double? Width { get; set; }

    /// <summary>Gets or sets the box height in PDF points (<c>height</c>).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public double? Height { get; set; }

    /// <summary>Gets or sets the anchor text the box is placed on, instead of page and coordinates (<c>tag_koordinat</c>).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? AnchorText { get; set; }

    /// <summary>Gets or sets the signing reason (<c>reason</c>).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Reason { get; set; }

    /// <summary>Gets or sets the signing location (<c>location</c>).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Location { get; set; }

    /// <summary>Gets or sets how the gateway returns the signed PDF (<c>jenis_response</c>).</summary>
    /// <value>Default <see cref="V1ResponseFormat.Bytes"/>.</value>
    public V1ResponseFormat ResponseFormat { get; set; }
}
