namespace Bsre.Sdk.Validation.Revocation;

/// <summary>The thisUpdate / nextUpdate window check shared by OCSP responses and CRLs.</summary>
internal static class Freshness
{
    /// <summary>
    /// Throws <see cref="RevocationFailure.NotFresh"/> unless thisUpdate ≤ time + skew and nextUpdate ≥ time − skew; without a
    /// nextUpdate, thisUpdate must also be within <see cref="RevocationOptions.MaxAgeWithoutNextUpdate"/> of the time.
    /// </summary>
    public static void Check(string what, DateTimeOffset thisUpdate, DateTimeOffset? nextUpdate, DateTimeOffset time, RevocationOptions options)
    {
        TimeSpan skew = options.AllowedClockSkew;
        if (thisUpdate > time + skew)
        {
            throw new RevocationException(RevocationFailure.NotFresh, $"The {what} is not yet valid: thisUpdate {thisUpdate:u} is after {time:u} (allowed skew {skew}).");
        }

        if (nextUpdate is { } next && next < time - skew)
        {
            throw new RevocationException(RevocationFailure.NotFresh, $"The {what} is stale: nextUpdate {next:u} is before {time:u} (allowed skew {skew}).");
        }

        if (nextUpdate is null && thisUpdate < time - options.MaxAgeWithoutNextUpdate)
        {
            throw new RevocationException(
                RevocationFailure.NotFresh,
                $"The {what} has no nextUpdate and its thisUpdate {thisUpdate:u} is older than {options.MaxAgeWithoutNextUpdate} before {time:u}.");
        }
    }

    /// <summary>Gets when the evidence stops being fresh: nextUpdate, or thisUpdate + MaxAgeWithoutNextUpdate.</summary>
    public static DateTimeOffset ExpiresAt(DateTimeOffset thisUpdate, DateTimeOffset? nextUpdate, RevocationOptions options)
        => nextUpdate ?? thisUpdate + options.MaxAgeWithoutNextUpdate;
}
