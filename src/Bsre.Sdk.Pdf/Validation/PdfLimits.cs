namespace Bsre.Sdk.Pdf.Validation;

/// <summary>Bounds on what a validator reads from one PDF, so that hostile input cannot exhaust memory or time.</summary>
public sealed class PdfLimits
{
    /// <summary>Gets or sets the most revisions (cross-reference sections) followed.</summary>
    /// <value>Default 4096.</value>
    public int MaxRevisions { get; set; } = 4096;

    /// <summary>Gets or sets the most objects a document may have, and the most the modification analysis compares per signature.</summary>
    /// <value>Default 1,000,000.</value>
    public int MaxObjects { get; set; } = 1_000_000;

    /// <summary>Gets or sets the most signature fields validated.</summary>
    /// <value>Default 1,000.</value>
    public int MaxSignatures { get; set; } = 1000;

    /// <summary>Gets or sets the largest /Contents (CMS) accepted, in bytes.</summary>
    /// <value>Default 4 MiB.</value>
    public int MaxContentsLength { get; set; } = 4 << 20;

    /// <summary>Gets or sets the largest decoded size of one stream the validator reads (DSS entries, compared streams).</summary>
    /// <value>Default 64 MiB.</value>
    public int MaxStreamLength { get; set; } = 64 << 20;

    /// <summary>Gets or sets the deepest nesting of compared objects.</summary>
    /// <value>Default 64.</value>
    public int MaxDepth { get; set; } = 64;
}
