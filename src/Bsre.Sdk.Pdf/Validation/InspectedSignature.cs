using Bsre.Sdk.Pdf.Raw;
using Org.BouncyCastle.Cms;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>A signature field after the structural checks: its /ByteRange, signed revision, CMS and the violations found.</summary>
internal sealed class InspectedSignature
{
    private CmsSignedData? _signedData;

    public required PdfSignatureEntry Entry { get; init; }

    public required ByteRangeCheck ByteRange { get; init; }

    /// <summary>Gets the index of the signed revision in <see cref="PdfDocumentContext.Revisions"/>, or -1.</summary>
    public int RevisionIndex { get; init; } = -1;

    /// <summary>Gets the document as signed, when the signed revision is known.</summary>
    public PdfFile? SignedView { get; init; }

    /// <summary>Gets the CMS (or timestamp token) from /Contents with the zero padding removed.</summary>
    public byte[]? Cms { get; init; }

    /// <summary>Gets <see cref="Cms"/> parsed (once), or <see langword="null"/> when it is not CMS SignedData.</summary>
    public CmsSignedData? SignedData => _signedData ??= Parse(Cms);

    /// <summary>Gets the single SignerInfo of <see cref="SignedData"/>, or <see langword="null"/> when there is not exactly one.</summary>
    public SignerInformation? Signer => SignedData?.GetSignerInfos().GetSigners() is { Count: 1 } signers ? signers.First() : null;

    /// <summary>Gets the content the CMS encapsulates, or <see langword="null"/> for a detached CMS.</summary>
    public byte[]? EncapsulatedContent
    {
        get
        {
            if (SignedData?.SignedContent is not { } content)
            {
                return null;
            }

            using var buffer = new MemoryStream();
            content.Write(buffer);
            return buffer.ToArray();
        }
    }

    /// <summary>Gets the structural violations (coverage, dictionary, forgery attempts).</summary>
    public List<string> Errors { get; } = [];

    public bool CoversWholeDocument(long fileLength) => ByteRange.SignedEnd >= 0 && ByteRange.SignedEnd >= fileLength;

    private static CmsSignedData? Parse(byte[]? cms)
    {
        try
        {
            return cms is null ? null : new CmsSignedData(cms);
        }
        catch (Exception e) when (e is CmsException or IOException or ArgumentException or InvalidCastException or Org.BouncyCastle.Asn1.Asn1Exception)
        {
            return null;
        }
    }
}
