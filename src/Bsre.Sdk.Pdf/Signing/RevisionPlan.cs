using System.Security.Cryptography;
using Bsre.Sdk.Pdf.Placement;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>
/// What the revision of one signature or document timestamp holds, fixed before the document is touched: the
/// dictionary entries, the field, further edits, the ByteRange digest algorithm, the claimed signing time, and for a signature
/// the level it is extended to. Made from the public options by <see cref="ForSignature"/> and <see cref="ForDocumentTimestamp"/>.
/// </summary>
internal sealed class RevisionPlan
{
    private RevisionPlan(PdfDictionary entries, HashAlgorithmName hashAlgorithm, ReadOnlyMemory<char> pdfPassword)
    {
        Entries = entries;
        HashAlgorithm = hashAlgorithm;
        PdfPassword = pdfPassword;
    }

    /// <summary>Gets the signature dictionary's entries apart from /ByteRange and /Contents.</summary>
    public PdfDictionary Entries { get; }

    public HashAlgorithmName HashAlgorithm { get; }

    /// <summary>Gets the password of an encrypted input (empty: the empty user password).</summary>
    public ReadOnlyMemory<char> PdfPassword { get; }

    /// <summary>Gets whether the revision holds a signature (/Type /Sig), not a document timestamp.</summary>
    public bool IsSignature => Entries.GetName("Type") == "Sig";

    /// <summary>Gets the options of a signature (its field, appearance, certification and extension), or <see langword="null"/> for a document timestamp.</summary>
    public PadesSignatureOptions? Signature { get; private init; }

    /// <summary>Gets the field name of a document timestamp.</summary>
    public string? TimestampFieldName { get; private init; }

    /// <summary>Gets the signing certificate named in /Name and drawn in the appearance.</summary>
    public SignerCertificates? Certificates { get; private init; }

    /// <summary>Gets the claimed signing time (/M), read once from the signer's clock (which also dates its B-LT/B-LTA step: one claimed time per signature).</summary>
    public DateTimeOffset SigningTime { get; private init; }

    /// <summary>Plans a PAdES signature: entries and field from <paramref name="options"/>, /M read once from <paramref name="clock"/>.</summary>
    public static RevisionPlan ForSignature(PadesSignatureOptions options, SignerCertificates certificates, TimeProvider clock)
    {
        DateTimeOffset signingTime = clock.GetLocalNow();
        return new RevisionPlan(
            SignatureEntries.ForSignature(options, certificates.SigningCertificate, signingTime),
            CmsContents.HashFor(options, certificates),
            options.PdfPassword)
        {
            Signature = options,
            Certificates = certificates,
            SigningTime = signingTime,
        };
    }

    /// <summary>Plans a document timestamp (PAdES EN 319 142-1 §5.4); it claims no time of its own (the token's is the time) and is never extended.</summary>
    public static RevisionPlan ForDocumentTimestamp(PadesTimestampOptions options) =>
        new(SignatureEntries.ForDocumentTimestamp(), options.HashAlgorithm, options.PdfPassword) { TimestampFieldName = options.FieldName };

    /// <summary>Makes the field request; a visible signature or notice reads <paramref name="pages"/> for the page geometry.</summary>
    public SignatureFieldRequest Field(IPageGeometry pages) => Signature is { } options
        ? FieldRequests.For(pages, options, Certificates!.SigningCertificate, SigningTime)
        : new SignatureFieldRequest { FieldName = TimestampFieldName };

    /// <summary>Applies the edits besides the field in the same revision (a certification signature's catalog /Perms).</summary>
    public void ApplyExtra(IncrementalUpdate update, PdfReference signature)
    {
        if (Signature is { } options)
        {
            Certification.Apply(options)?.Invoke(update, signature);
        }
    }
}
