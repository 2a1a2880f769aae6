namespace Bsre.Sdk.Cms;

/// <summary>The three hash lists of an ats-hash-index-v3.</summary>
internal sealed record HashIndexEntries(IReadOnlyList<byte[]> Certificates, IReadOnlyList<byte[]> RevocationEntries, IReadOnlyList<byte[]> UnsignedAttributeValues)
{
    /// <summary>Whether every hash listed here is among <paramref name="present"/>'s: later additions to the signature are allowed, changes and removals are not.</summary>
    public bool AreAllIn(HashIndexEntries present)
        => Contained(Certificates, present.Certificates)
        && Contained(RevocationEntries, present.RevocationEntries)
        && Contained(UnsignedAttributeValues, present.UnsignedAttributeValues);

    private static bool Contained(IReadOnlyList<byte[]> listed, IReadOnlyList<byte[]> present)
    {
        var available = present.Select(Convert.ToHexString).GroupBy(h => h).ToDictionary(g => g.Key, g => g.Count());
        foreach (string hash in listed.Select(Convert.ToHexString))
        {
            if (!available.TryGetValue(hash, out int count) || count == 0)
            {
                return false;
            }

            available[hash] = count - 1;
        }

        return true;
    }
}
