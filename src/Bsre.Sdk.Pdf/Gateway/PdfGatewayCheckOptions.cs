using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf;

/// <summary>What a <see cref="PdfGatewayChecker"/> checks before and after BSrE's gateway.</summary>
public sealed class PdfGatewayCheckOptions
{
    /// <summary>Gets or sets whether PDFs are checked before they are sent (parser, encryption, page boxes, /Rotate, anchor, size).</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool CheckBeforeSigning { get; set; } = true;

    /// <summary>Gets or sets the largest PDF sent, in bytes (v2 sends base64, a third larger: mind reverse-proxy body limits).</summary>
    /// <value>Default 50 MiB.</value>
    public long MaxDocumentSize { get; set; } = 50L * 1024 * 1024;

    /// <summary>
    /// Gets or sets how returned PDFs are validated (trust anchors: the BSrE root); <see langword="null"/> skips the
    /// validation of outputs.
    /// </summary>
    /// <value>Default <see langword="null"/>.</value>
    public SignatureValidationOptions? Validation { get; set; }
}
