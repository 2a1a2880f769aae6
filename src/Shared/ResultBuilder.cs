using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Validation;

/// <summary>
/// Assembles every <see cref="SignatureValidationResult"/> (CMS and PDF) as the checks run: the indication, the
/// coded findings, the timestamps, the structural level. The first TOTAL_FAILED, else the first INDETERMINATE, decides.
/// Source shared by Bsre.Sdk and Bsre.Sdk.Pdf (src/Shared), so that both assemble results by one rule without
/// making the builder public; the core adds its engine-only part in Validation/ResultBuilder.Engine.cs.
/// </summary>
internal sealed partial class ResultBuilder
{
    private readonly string _id;

    public ResultBuilder(string id) => _id = id;

    /// <summary>Starts from an existing result (a CMS result that a PDF validation completes) under a new id.</summary>
    public ResultBuilder(string id, SignatureValidationResult from)
    {
        _id = id;
        Kind = from.Kind;
        Indication = from.Indication;
        SubIndication = from.SubIndication;
        Format = from.Format;
        Level = from.BaselineLevel;
        Certificate = from.SigningCertificate;
        SigningTime = from.SigningTime;
        TimestampTime = from.TimestampTime;
        Chain = from.Chain;
        Timestamps.AddRange(from.Timestamps);
        Findings.AddRange(from.Findings);
    }

    public ValidationIndication Indication { get; private set; } = ValidationIndication.TotalPassed;

    public SubIndication? SubIndication { get; private set; }

    public SignatureKind Kind { get; set; }

    public X509Certificate2? Certificate { get; set; }

    public DateTimeOffset? SigningTime { get; set; }

    /// <summary>Gets or sets the reported time of the first readable signature timestamp.</summary>
    public DateTimeOffset? TimestampTime { get; set; }

    /// <summary>Gets or sets the time a trusted timestamp proves the signature existed at (used for past validation, not reported).</summary>
    public DateTimeOffset? ProvenTime { get; set; }

    public SignatureFormat? Format { get; set; }

    public SignatureLevel? Level { get; set; }

    public bool? CoversWholeDocument { get; set; }

    public ModificationLevel? Modifications { get; set; }

    public int? SignedRevision { get; set; }

    public IReadOnlyList<RevisionModification>? LaterRevisions { get; set; }

    public IReadOnlyList<CertificateInfo> Chain { get; set; } = [];

    public List<TimestampValidationResult> Timestamps { get; } = [];

    public List<ValidationFinding> Findings { get; } = [];

    public SignatureValidationResult Result => new()
    {
        Id = _id,
        Kind = Kind,
        Indication = Indication,
        SubIndication = SubIndication,
        Format = Indication == ValidationIndication.TotalFailed ? null : Format,
        BaselineLevel = Indication == ValidationIndication.TotalFailed ? null : Level,
        SigningCertificate = Certificate,
        SigningTime = SigningTime,
        TimestampTime = TimestampTime,
        Timestamps = [.. Timestamps],
        CoversWholeDocument = CoversWholeDocument,
        ModificationLevel = Modifications,
        SignedRevision = SignedRevision,
        LaterRevisions = LaterRevisions,
        Chain = Chain,
        Findings = [.. Findings],
    };

    public void Warn(string code, string message) => Findings.Add(new ValidationFinding(code, FindingSeverity.Warning, message));

    public void Inform(string code, string message) => Findings.Add(new ValidationFinding(code, FindingSeverity.Info, message));

    /// <summary>Records a failure with one error finding per message; returns the result as it stands.</summary>
    public SignatureValidationResult Fail(ValidationIndication indication, SubIndication subIndication, string code, params string[] messages)
    {
        Findings.AddRange(messages.Select(m => new ValidationFinding(code, FindingSeverity.Error, m)));
        if (Indication == ValidationIndication.TotalPassed
            || (Indication == ValidationIndication.Indeterminate && indication == ValidationIndication.TotalFailed))
        {
            Indication = indication;
            SubIndication = subIndication;
        }

        return Result;
    }

    /// <summary>
    /// Records a cryptographic-policy verdict (see <see cref="CryptographicPolicy.Judge"/>): an error makes the result
    /// INDETERMINATE CRYPTO_CONSTRAINTS_FAILURE_NO_POE (EN 319 102-1 §5.2.8); a note (a proof of existence saved it) is kept.
    /// </summary>
    public void Judge(ValidationFinding? verdict)
    {
        if (verdict is { Severity: FindingSeverity.Error })
        {
            Fail(ValidationIndication.Indeterminate, Validation.SubIndication.CryptoConstraintsFailureNoPoe, verdict.Code, verdict.Message);
        }
        else if (verdict is not null)
        {
            Findings.Add(verdict);
        }
    }
}
