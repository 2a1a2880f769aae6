namespace Bsre.Sdk.Validation;

/// <summary>
/// Enumerates the certificate paths from a target to a trust anchor, depth first and best candidate issuer
/// first (chaining by name, ordered by AKI/SKI), so that alternatives (several issuers with one name, cross
/// certificates, key rollover) are all tried. Remembers the dead ends for AIA fetching and error reports.
/// </summary>
internal sealed class CandidatePaths
{
    /// <summary>The longest path considered, trust anchor included.</summary>
    public const int MaxLength = 10;

    private readonly CertificatePool _pool;
    private readonly DateTimeOffset _time;
    private readonly List<PathCertificate> _deadEnds = [];

    public CandidatePaths(CertificatePool pool, DateTimeOffset time)
    {
        _pool = pool;
        _time = time;
    }

    /// <summary>Gets the certificates whose issuer was not found, in the order met.</summary>
    public IReadOnlyList<PathCertificate> DeadEnds => _deadEnds;

    /// <summary>Gets the longest incomplete path met, from the target.</summary>
    public IReadOnlyList<PathCertificate> LongestPartial { get; private set; } = [];

    /// <summary>Yields each complete path, target first and trust anchor last.</summary>
    public IEnumerable<PathCertificate[]> Enumerate(PathCertificate target) => Extend([target]);

    private IEnumerable<PathCertificate[]> Extend(List<PathCertificate> path)
    {
        PathCertificate current = path[^1];
        if (_pool.IsAnchor(current))
        {
            yield return [.. path];
            yield break;
        }

        if (path.Count > LongestPartial.Count)
        {
            LongestPartial = [.. path];
        }

        if (current.IsSelfSigned)
        {
            yield break; // a root that is not a trust anchor: only key-rollover (self-issued, not self-signed) certificates chain on
        }

        bool any = false;
        foreach (PathCertificate issuer in _pool.IssuersOf(current, _time).ToArray())
        {
            any = true;
            if (path.Count >= MaxLength || path.Exists(p => p.Id == issuer.Id))
            {
                continue;
            }

            path.Add(issuer);
            foreach (var complete in Extend(path))
            {
                yield return complete;
            }

            path.RemoveAt(path.Count - 1);
        }

        if (!any && !_deadEnds.Exists(d => d.Id == current.Id))
        {
            _deadEnds.Add(current);
        }
    }
}
