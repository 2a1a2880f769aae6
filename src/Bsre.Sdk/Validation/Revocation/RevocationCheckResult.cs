namespace Bsre.Sdk.Validation.Revocation;

/// <summary>
/// The outcome of one revocation check. <see cref="Failure"/> is <see langword="null"/> for a
/// certificate shown good; <see cref="SubIndication.RevokedNoPoe"/> when revoked (the caller
/// decides with proofs of existence whether that is <see cref="SubIndication.Revoked"/>);
/// <see cref="SubIndication.TryLater"/> when no acceptable evidence could be had.
/// </summary>
internal sealed record RevocationCheckResult(RevocationInfo Info, SubIndication? Failure, IReadOnlyList<string> Errors)
{
    public static RevocationCheckResult Good(RevocationInfo info) => new(info, null, []);

    public static RevocationCheckResult Unavailable(params string[] errors)
        => new(new RevocationInfo { Status = RevocationStatus.Unknown }, SubIndication.TryLater, errors);
}
