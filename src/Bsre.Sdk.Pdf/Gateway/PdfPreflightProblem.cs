namespace Bsre.Sdk.Pdf;

/// <summary>What a pre-flight check found that BSrE's gateway (iText 5) would refuse or mishandle.</summary>
public enum PdfPreflightProblem
{
    /// <summary>The file does not start with a PDF header.</summary>
    NotPdf = 0,

    /// <summary>The cross-reference table, trailer or an object is broken (the gateway answers "Rebuild failed").</summary>
    Malformed,

    /// <summary>The PDF is encrypted and no password opens it (or none was given).</summary>
    Encrypted,

    /// <summary>The page tree has no page.</summary>
    NoPages,

    /// <summary>A page's /MediaBox is missing or empty, or its /CropBox does not overlap it.</summary>
    InvalidPageBox,

    /// <summary>A page's /Rotate is not a multiple of 90.</summary>
    InvalidRotation,

    /// <summary>The anchor text (<c>tag_koordinat</c>) does not occur in the page text.</summary>
    AnchorNotFound,

    /// <summary>The anchor text occurs more than once, so the signature could land in the wrong place.</summary>
    AnchorNotUnique,

    /// <summary>The file is larger than the configured limit.</summary>
    TooLarge,
}
