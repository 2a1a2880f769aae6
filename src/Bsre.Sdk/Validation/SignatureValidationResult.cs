using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Validation;

/// <summary>The validation outcome of one signature or document timestamp.</summary>
/// <remarks>Built by the validators; <see cref="Errors"/> and <see cref="Warnings"/> are views of <see cref="Findings"/>.</remarks>
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

    /// <summary>Gets the format the signature was judged as, when it is a baseline signature.</summary>
    public SignatureFormat? Format { get; init; }

    /// <summary>
    /// Gets the baseline level the signature's structure carries (a signature timestamp makes it at least B-T,
    /// validation data B-LT, an archive or document timestamp over them B-LTA), whether or not those could be
    /// validated (see <see cref="Timestamps"/>); <see langword="null"/> when it is not a baseline signature or failed.
    /// </summary>
    public SignatureLevel? BaselineLevel { get; init; }

    /// <summary>Gets <see cref="Format"/> and <see cref="BaselineLevel"/> as the report's word, e.g. "CAdES-BASELINE-T", or <see langword="null"/>.</summary>
    public string? Level => Format is { } format && BaselineLevel is { } level ? ResultWords.ToWord(format, level) : null;

    /// <summary>Gets the signing certificate, when it was found.</summary>
    public X509Certificate2? SigningCertificate { get; init; }

    /// <summary>Gets the claimed signing time (signing-time attribute or PDF /M), not proven.</summary>
    public DateTimeOffset? SigningTime { get; init; }

    /// <summary>
    /// Gets the time of the first signature timestamp whenever one is present and readable, even when its TSA could not
    /// be validated (whether it proves that time is in <see cref="Timestamps"/>).
    /// </summary>
    public DateTimeOffset? TimestampTime { get; init; }

    /// <summary>Gets every timestamp of the signature (signature, archive, and for PDF the document timestamps covering it) with its own validation result.</summary>
    public IReadOnlyList<TimestampValidationResult> Timestamps { get; init; } = [];

    /// <summary>Gets, for PDF signatures, whether the signature covers the whole file.</summary>
    public bool? CoversWholeDocument { get; init; }

    /// <summary>Gets, for PDF signatures, the most serious class of change made after signing.</summary>
    public ModificationLevel? ModificationLevel { get; init; }

    /// <summary>Gets <see cref="ModificationLevel"/> as the report's word: none, lta-updates, form-filling, annotations or other.</summary>
    public string? Modifications => ModificationLevel is { } level ? ResultWords.ToWord(level) : null;

    /// <summary>Gets, for PDF signatures, the 1-based number of the revision the signature signs.</summary>
    public int? SignedRevision { get; init; }

    /// <summary>Gets, for PDF signatures, every later revision with the class of its changes, each compared with the revision before it.</summary>
    public IReadOnlyList<RevisionModification>? LaterRevisions { get; init; }

    /// <summary>Gets the certificate chain from the signing certificate to the trust anchor, as far as it was built.</summary>
    public IReadOnlyList<CertificateInfo> Chain { get; init; } = [];

    /// <summary>Gets every coded finding, in the order the checks made them.</summary>
    public IReadOnlyList<ValidationFinding> Findings { get; init; } = [];

    /// <summary>Gets the messages of the <see cref="FindingSeverity.Error"/> findings: the reasons for failure.</summary>
    public IReadOnlyList<string> Errors => Messages(FindingSeverity.Error);

    /// <summary>Gets the messages of the <see cref="FindingSeverity.Warning"/> findings: remarks that do not change the indication.</summary>
    public IReadOnlyList<string> Warnings => Messages(FindingSeverity.Warning);

    private string[] Messages(FindingSeverity severity) => [.. Findings.Where(f => f.Severity == severity).Select(f => f.Message)];
}
