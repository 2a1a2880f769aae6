using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Timestamping;

namespace Bsre.Sdk.Pdf;

/// <summary>How a <see cref="PadesSigner"/> signs a PDF.</summary>
public sealed class PadesSignatureOptions
{
    /// <summary>Gets or sets the PAdES baseline level.</summary>
    /// <value>Default <see cref="SignatureLevel.BaselineB"/>. B-T and higher need <see cref="TimestampClient"/>.</value>
    public SignatureLevel Level { get; set; } = SignatureLevel.BaselineB;

    /// <summary>Gets or sets the TSA client for the signature timestamp (B-T) and the archive timestamp (B-LTA).</summary>
    /// <value>Default <see langword="null"/>.</value>
    public TimestampClient? TimestampClient { get; set; }

    /// <summary>Gets or sets the digest algorithm for the document and the signed attributes.</summary>
    /// <value>Default SHA-256. Ed25519 keys always use SHA-512.</value>
    public HashAlgorithmName HashAlgorithm { get; set; } = HashAlgorithmName.SHA256;

    /// <summary>Gets or sets the signature scheme; it must fit the key (an RSA key makes <see cref="Sdk.Signing.SignatureScheme.RsaPkcs1"/> or <see cref="Sdk.Signing.SignatureScheme.RsaPss"/>).</summary>
    /// <value>Default <see langword="null"/>: the key's own scheme (<see cref="Signer.DefaultScheme"/>), PKCS#1 v1.5 for an RSA key.</value>
    public SignatureScheme? SignatureScheme { get; set; }

    /// <summary>Gets or sets the signature field to sign: an existing empty field of that name is filled, otherwise a new one is made.</summary>
    /// <value>Default <see langword="null"/>: the first empty signature field, else a new <c>SignatureN</c>.</value>
    public string? FieldName { get; set; }

    /// <summary>Gets or sets the reason for signing (/Reason).</summary>
    public string? Reason { get; set; }

    /// <summary>Gets or sets where the document was signed (/Location).</summary>
    public string? Location { get; set; }

    /// <summary>Gets or sets how to reach the signer (/ContactInfo).</summary>
    public string? ContactInfo { get; set; }

    /// <summary>Gets or sets the visible appearance; <see langword="null"/> makes an invisible signature.</summary>
    public PdfSignatureAppearance? Appearance { get; set; }

    /// <summary>Gets or sets the certification (DocMDP) permission; <see cref="PdfCertification.None"/> makes an approval signature.</summary>
    public PdfCertification Certification { get; set; } = PdfCertification.None;

    /// <summary>Gets or sets the form fields this signature locks (FieldMDP); <see langword="null"/> locks none.</summary>
    public PdfFieldLock? FieldLock { get; set; }

    /// <summary>Gets extra certificates for building the chains of B-LT and B-LTA: trust anchors and intermediates the signature does not embed.</summary>
    public IList<X509Certificate2> ExtraCertificates { get; } = [];

    /// <summary>
    /// Gets or sets the /Contents placeholder size in bytes; <see langword="null"/> sizes it by a dry run of the CMS
    /// (<see cref="CadesSigner.EstimateSize"/>: the certificates as embedded, the key's longest signature) and, from B-T,
    /// room for the timestamp token: the largest token this process has had from the TSA's URL plus 1 KiB, or 12 KiB before
    /// the first. The key signs once and the TSA is asked once: a signature larger than the placeholder is a
    /// <see cref="DocumentLimitException"/> naming this option, nothing is written, and the token's size is remembered, so
    /// signing again fits.
    /// </summary>
    public int? ContentsSize { get; set; }

    /// <summary>Gets or sets the user or owner password of an encrypted input PDF; never logged.</summary>
    /// <value>
    /// Default empty: the empty user password, which opens owner-restricted files. The owner password also
    /// lifts a /P that forbids signing. The caller owns the buffer and may clear it afterwards.
    /// </value>
    public ReadOnlyMemory<char> PdfPassword { get; set; }
}
