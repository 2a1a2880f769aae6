using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation;

/// <summary>The validation outcome of one signature or document timestamp.</summary>
public sealed class SignatureValidationResult
{
    /// <summary>Gets the signature's identifier: the PDF field name, or "SignerInfo N" for CMS.</summary>
    public required string Id { get; init; }

    /// <summary>Gets whether this is a signature or a document timestamp.</summary>
    public SignatureKind Kind { get; init; }

    /// <summary>Gets the main status.</summary>
    public required ValidationIndication Indication { get; init; }

    /// <summary>Gets why the status is not <see cref="ValidationIndication.TotalPassed"/>.</summary>
    public SubIndication? SubIndication { get; init; }

    /// <summary>Gets the baseline level reached, e.g. "CAdES-BASELINE-T", or <see langword="null"/> when none.</summary>
    public string? Level { get; init; }

    /// <summary>Gets the signing certificate, when it was found.</summary>
    public X509Certificate2? SigningCertificate { get; init; }

    /// <summary>Gets the claimed signing time (signing-time attribute or PDF /M), not proven.</summary>
    public DateTimeOffset? SigningTime { get; init; }

    /// <summary>Gets the time proven by the signature timestamp, if it has a valid one.</summary>
    public DateTimeOffset? TimestampTime { get; init; }

    /// <summary>Gets, for PDF signatures, whether the signature covers the whole file.</summary>
    public bool? CoversWholeDocument { get; init; }

    /// <summary>Gets, for PDF signatures, the verdict on changes after signing (none, lta-updates, form-filling, annotations, other).</summary>
    public string? Modifications { get; init; }

    /// <summary>Gets, for PDF signatures, the 1-based number of the revision the signature signs.</summary>
    public int? SignedRevision { get; init; }

    /// <summary>Gets, for PDF signatures, every later revision with the class of its changes, each compared with the revision before it.</summary>
    public IReadOnlyList<RevisionModification>? LaterRevisions { get; init; }

    /// <summary>Gets the certificate chain from the signing certificate to the trust anchor, as far as it was built.</summary>
    public IReadOnlyList<CertificateInfo> Chain { get; init; } = [];

    /// <summary>Gets readable reasons for failure.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Gets readable remarks that do not change the indication.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
