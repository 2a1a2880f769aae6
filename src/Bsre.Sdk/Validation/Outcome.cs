using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation;

/// <summary>Collects the findings of one signature's validation as the checks run.</summary>
internal sealed class Outcome
{
    private readonly string _id;
    private ValidationIndication _indication = ValidationIndication.TotalPassed;
    private SubIndication? _subIndication;

    public Outcome(string id) => _id = id;

    public X509Certificate2? Certificate { get; set; }

    public DateTimeOffset? SigningTime { get; set; }

    public DateTimeOffset? TimestampTime { get; set; }

    public string? Level { get; set; }

    public IReadOnlyList<CertificateInfo> Chain { get; set; } = [];

    public List<string> Errors { get; } = [];

    public List<string> Warnings { get; } = [];

    public SignatureValidationResult Result => new()
    {
        Id = _id,
        Indication = _indication,
        SubIndication = _subIndication,
        Level = _indication == ValidationIndication.TotalFailed ? null : Level,
        SigningCertificate = Certificate,
        SigningTime = SigningTime,
        TimestampTime = TimestampTime,
        Chain = Chain,
        Errors = Errors,
        Warnings = Warnings,
    };

    /// <summary>Records a failure; the first TOTAL_FAILED, else the first INDETERMINATE, decides the indication.</summary>
    public SignatureValidationResult Fail(ValidationIndication indication, SubIndication subIndication, params string[] errors)
    {
        Errors.AddRange(errors);
        if (_indication == ValidationIndication.TotalPassed
            || (_indication == ValidationIndication.Indeterminate && indication == ValidationIndication.TotalFailed))
        {
            _indication = indication;
            _subIndication = subIndication;
        }

        return Result;
    }
}
