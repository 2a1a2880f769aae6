using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Bsre.Sdk.Validation;

/// <summary>
/// Remembers built and checked paths by (target, trust anchors, usage, policy inputs), so validating the same
/// certificate again skips path building and the signature checks; only revocation is checked anew.
/// A path is reused only at times when all its certificates are valid. Bounded: cleared when full. The cache
/// holds its own copies of the certificates; results built from it share them, so callers must not dispose them.
/// </summary>
internal sealed class PathCache
{
    private readonly ConcurrentDictionary<string, CachedPath> _paths = new(StringComparer.Ordinal);
    private readonly int _capacity;

    public PathCache(int capacity = 4096) => _capacity = capacity;

    /// <summary>Gets the cache shared by all validators (safe: keys hold everything the checks depend on).</summary>
    public static PathCache Shared { get; } = new();

    public int Count => _paths.Count;

    public static string Key(X509Certificate2 target, X509Certificate2Collection anchors, CertificateUsage usage, PolicyInputs policies)
    {
        var key = new StringBuilder(128 + (64 * anchors.Count));
        key.Append(Convert.ToHexString(target.GetCertHash(HashAlgorithmName.SHA256))).Append('|').Append((int)usage).Append('|').Append(policies.Key);
        foreach (var anchor in anchors)
        {
            key.Append('|').Append(Convert.ToHexString(anchor.GetCertHash(HashAlgorithmName.SHA256)));
        }

        return key.ToString();
    }

    public PathCertificate[]? TryGet(string key, DateTimeOffset time)
        => _paths.TryGetValue(key, out CachedPath? cached) && cached.Covers(time) ? cached.Path : null;

    public void Add(string key, PathCertificate[] path)
    {
        if (_paths.Count >= _capacity)
        {
            _paths.Clear();
        }

        _paths[key] = CachedPath.For([.. path.Select(p => p.Detach())]);
    }
}
