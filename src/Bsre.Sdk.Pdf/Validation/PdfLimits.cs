namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// Bounds on what a validator reads from one PDF, so that hostile input cannot exhaust memory or time. A document that
/// exceeds one is refused with a <see cref="DocumentLimitException"/> naming the limit (the CLI exits 65), never
/// validated in part. The defaults accept every real document we know of; see docs/validation.md.
/// </summary>
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

    /// <summary>Gets or sets the largest size, raw or decoded, of one stream the validator reads (cross-reference and object streams, DSS entries, compared streams).</summary>
    /// <value>Default 64 MiB.</value>
    public int MaxStreamLength { get; set; } = 64 << 20;

    /// <summary>
    /// Gets or sets the most stream bytes read and decoded from one document in all (every revision view included): this
    /// bounds the memory and time decompression bombs can take, however many streams they spread over.
    /// </summary>
    /// <value>Default 128 MiB.</value>
    public long MaxDocumentBytes { get; set; } = 128L << 20;

    /// <summary>Gets or sets the most certificates, OCSP responses and CRLs read from the document security store (/DSS and its /VRI entries).</summary>
    /// <value>Default 10,000.</value>
    public int MaxDssEntries { get; set; } = 10_000;

    /// <summary>Gets or sets the deepest nesting of compared objects, and of object references followed while reading one object.</summary>
    /// <value>Default 64.</value>
    public int MaxDepth { get; set; } = 64;

    /// <summary>Gets or sets the time one document's validation may take, network fetches included.</summary>
    /// <value>Default 2 minutes.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);
}
