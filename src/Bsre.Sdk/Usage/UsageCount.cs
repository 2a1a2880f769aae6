namespace Bsre.Sdk.Usage;

/// <summary>One row of a usage report: a key (a month, a signer, a level or a failure reason) and its counts.</summary>
/// <param name="Key">What is counted.</param>
/// <param name="Succeeded">Signings that succeeded.</param>
/// <param name="Failed">Signings that failed.</param>
public sealed record UsageCount(string Key, int Succeeded, int Failed)
{
    /// <summary>All signings.</summary>
    public int Total => Succeeded + Failed;
}
