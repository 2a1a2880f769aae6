using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>A signature field after the structural checks: its /ByteRange, signed revision, CMS and the violations found.</summary>
internal sealed class InspectedSignature
{
    public required PdfSignatureEntry Entry { get; init; }

    public required ByteRangeCheck ByteRange { get; init; }

    /// <summary>Gets the index of the signed revision in <see cref="PdfDocumentContext.Revisions"/>, or -1.</summary>
    public int RevisionIndex { get; init; } = -1;

    /// <summary>Gets the document as signed, when the signed revision is known.</summary>
    public PdfFile? SignedView { get; init; }

    /// <summary>Gets the CMS (or timestamp token) from /Contents with the zero padding removed.</summary>
    public byte[]? Cms { get; init; }

    /// <summary>Gets the structural violations (coverage, dictionary, forgery attempts).</summary>
    public List<string> Errors { get; } = [];

    public bool CoversWholeDocument(long fileLength) => ByteRange.SignedEnd >= 0 && ByteRange.SignedEnd >= fileLength;
}
