namespace Bsre.Sdk.Validation;

/// <summary>A path that passed the RFC 5280 checks, and the time window in which every certificate of it is valid.</summary>
internal sealed record CachedPath(PathCertificate[] Path, DateTimeOffset NotBefore, DateTimeOffset NotAfter)
{
    public static CachedPath For(PathCertificate[] path)
    {
        // The trust anchor's own validity is not part of RFC 5280 path validation.
        var checkedCertificates = path.Length > 1 ? path[..^1] : path;
        return new CachedPath(
            path,
            checkedCertificates.Max(p => new DateTimeOffset(p.Certificate.NotBefore)),
            checkedCertificates.Min(p => new DateTimeOffset(p.Certificate.NotAfter)));
    }

    public bool Covers(DateTimeOffset time) => time >= NotBefore && time <= NotAfter;
}
