using System.Collections.Concurrent;
using Bsre.Sdk.Timestamping;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>
/// The room to reserve for a TSA's token before the TSA is asked (the /Contents is fixed before the digest exists): the
/// largest token this process has received from the TSA's URL plus <see cref="Variation"/>, or <see cref="Default"/>
/// before its first. Every token received is recorded, also one that did not fit, so signing again after the
/// <see cref="DocumentLimitException"/> fits without the caller setting a size, and with one TSA request per signature.
/// </summary>
internal static class TimestampTokenSizes
{
    /// <summary>The room before a TSA's first token: a token with its TSA's chain is typically 3-7 KiB.</summary>
    public const int Default = 12 * 1024;

    /// <summary>What may vary between one TSA's tokens: serial number, nonce, time fraction, ECDSA value, a renewed certificate.</summary>
    public const int Variation = 1024;

    private const int MaxTsas = 256;
    private static readonly ConcurrentDictionary<string, int> Largest = new(StringComparer.Ordinal);

    /// <summary>Returns the room for a token of <paramref name="client"/>'s TSA; <see cref="Default"/> for an unknown TSA or none yet known.</summary>
    public static int Bound(TimestampClient? client)
        => client is not null && Largest.TryGetValue(Key(client), out int size) ? size + Variation : Default;

    /// <summary>Records the size of a token received from <paramref name="client"/>'s TSA (at most <see cref="MaxTsas"/> TSAs are kept).</summary>
    public static void Record(TimestampClient client, int size)
    {
        string key = Key(client);
        if (Largest.Count < MaxTsas || Largest.ContainsKey(key))
        {
            Largest.AddOrUpdate(key, size, (_, known) => Math.Max(known, size));
        }
    }

    private static string Key(TimestampClient client) => client.Url.AbsoluteUri;
}
