using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation;

/// <summary>The certificates path building may use: trust anchors and candidate issuers, without duplicates.</summary>
internal sealed class CertificatePool
{
    private readonly Dictionary<string, PathCertificate> _all = new(StringComparer.Ordinal);
    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);

    public CertificatePool(IEnumerable<X509Certificate2> anchors, IEnumerable<X509Certificate2> candidates)
    {
        foreach (var anchor in anchors)
        {
            if (Add(anchor) is { } added)
            {
                _anchors.Add(added.Id);
            }
        }

        AddRange(candidates);
    }

    public int AnchorCount => _anchors.Count;

    public bool IsAnchor(PathCertificate certificate) => _anchors.Contains(certificate.Id);

    /// <summary>Adds certificates not yet in the pool; returns how many were new.</summary>
    public int AddRange(IEnumerable<X509Certificate2> certificates)
    {
        int before = _all.Count;
        foreach (var certificate in certificates)
        {
            Add(certificate);
        }

        return _all.Count - before;
    }

    /// <summary>
    /// Returns the possible issuers of <paramref name="certificate"/>, best first: matching key identifiers,
    /// then trust anchors, then certificates valid at <paramref name="time"/>.
    /// </summary>
    public IEnumerable<PathCertificate> IssuersOf(PathCertificate certificate, DateTimeOffset time)
        => _all.Values
            .Select(issuer => (Issuer: issuer, Match: certificate.MatchIssuer(issuer)))
            .Where(c => c.Match != IssuerMatch.None && c.Issuer.Id != certificate.Id)
            .OrderByDescending(c => c.Match)
            .ThenByDescending(c => IsAnchor(c.Issuer))
            .ThenByDescending(c => c.Issuer.IsValidAt(time))
            .Select(c => c.Issuer);

    private PathCertificate? Add(X509Certificate2 certificate)
    {
        if (PathCertificate.TryCreate(certificate) is not { } parsed)
        {
            return null;
        }

        return _all.TryAdd(parsed.Id, parsed) ? parsed : _all[parsed.Id];
    }
}
