namespace Bsre.Sdk.Validation;

/// <summary>
/// The outcome of validating one certificate path at one time. <see cref="Chain"/> runs from the target to the
/// trust anchor (or as far as a path could be built) with each certificate's revocation evidence.
/// </summary>
internal sealed record PathValidationResult(
    IReadOnlyList<CertificateInfo> Chain,
    ValidationIndication Indication,
    SubIndication? SubIndication,
    IReadOnlyList<string> Errors)
{
    public bool IsValid => Indication == ValidationIndication.TotalPassed;

    /// <summary>Gets when the target certificate was revoked, if revocation evidence says it was (for proof-of-existence logic).</summary>
    public DateTimeOffset? RevokedAt => Chain.Count > 0 ? Chain[0].Revocation.RevokedAt : null;
}
