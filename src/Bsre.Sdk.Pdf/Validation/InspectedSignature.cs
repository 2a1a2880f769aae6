using Bsre.Sdk.Cms;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>A signature field after the structural checks: its /ByteRange, signed revision, CMS and the violations found.</summary>
internal sealed class InspectedSignature
{
    private CmsSignature? _signature;
    private string? _cmsError;

    public required PdfSignatureEntry Entry { get; init; }

    public required ByteRangeCheck ByteRange { get; init; }

    /// <summary>Gets the index of the signed revision in <see cref="PdfDocumentContext.Revisions"/>, or -1.</summary>
    public int RevisionIndex { get; init; } = -1;

    /// <summary>Gets the document as signed, when the signed revision is known.</summary>
    public PdfFile? SignedView { get; init; }

    /// <summary>Gets the CMS (or timestamp token) from /Contents with the zero padding removed.</summary>
    public byte[]? Cms { get; init; }

    /// <summary>
    /// Gets <see cref="Cms"/> decoded, once, for every use (validation now and at a proven time, the PAdES level), or
    /// <see langword="null"/> when there is no CMS or it is not SignedData (<see cref="CmsError"/> then says why). A document
    /// timestamp's token is decoded by the timestamp validator instead, and never here.
    /// </summary>
    public CmsSignature? Signature
    {
        get
        {
            if (_signature is null && _cmsError is null && Cms is not null)
            {
                try
                {
                    _signature = CmsSignature.Decode(Cms);
                }
                catch (DocumentFormatException e)
                {
                    _cmsError = e.Message;
                }
            }

            return _signature;
        }
    }

    /// <summary>Gets why <see cref="Signature"/> is <see langword="null"/> although there is a CMS.</summary>
    public string? CmsError => Signature is null ? _cmsError : null;

    /// <summary>Gets the structural violations (coverage, dictionary, forgery attempts).</summary>
    public List<string> Errors { get; } = [];

    public bool CoversWholeDocument(long fileLength) => ByteRange.SignedEnd >= 0 && ByteRange.SignedEnd >= fileLength;
}
