namespace Bsre.Sdk.Validation;

/// <summary>The outcome of validating one certificate path at one time.</summary>
internal sealed record PathValidationResult(
    IReadOnlyList<CertificateInfo> Chain,
    ValidationIndication Indication,
    SubIndication? SubIndication,
    IReadOnlyList<string> Errors)
{
    public bool IsValid => Indication == ValidationIndication.TotalPassed;
}
