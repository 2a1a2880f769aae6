namespace Bsre.Sdk.Validation;

/// <summary>The outcome of a cryptographic-policy check.</summary>
/// <param name="Accepted">Whether the policy accepts it.</param>
/// <param name="Message">Why not; or, when accepted only thanks to a proof of existence, a note saying so; else <see langword="null"/>.</param>
internal readonly record struct CryptoVerdict(bool Accepted, string? Message)
{
    public static CryptoVerdict Accept { get; } = new(true, null);

    /// <summary>Returns the verdict as a finding: an error when refused, a note when a proof of existence saved it, else <see langword="null"/>.</summary>
    public ValidationFinding? ToFinding() => (Accepted, Message) switch
    {
        (false, var why) => new ValidationFinding(FindingCodes.CryptoConstraintsNotMet, FindingSeverity.Error, why!),
        (true, { } note) => new ValidationFinding(FindingCodes.CryptoAcceptedByProofOfExistence, FindingSeverity.Info, note),
        _ => null,
    };
}
