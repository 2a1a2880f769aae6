using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Validation;

/// <summary>
/// Fetches, verifies and gathers what offline validation of certificate paths needs, for CAdES and PAdES B-LT: the
/// certificates, and through the same checks validation makes (OCSP first, then CRLs) every OCSP response and CRL that
/// decided a status (each partial CRL combined, a delta CRL applied), plus the certificates and revocation data of the
/// CRL issuers other than a path's own CA (see <see cref="ValidationDataSession"/>).
/// </summary>
internal sealed class ValidationDataCollector
{
    private readonly RevocationChecker _checker;
    private readonly TimeProvider _time;

    public ValidationDataCollector(HttpClient? httpClient, TimeProvider timeProvider, RevocationCache? cache = null)
    {
        var options = new SignatureValidationOptions { TimeProvider = timeProvider };
        _checker = new RevocationChecker(options, httpClient ?? SharedHttpClient.Instance, cache ?? RevocationCache.Shared);
        _time = timeProvider;
    }

    /// <summary>Collects the data for each path: a certificate followed by its issuers, nearest first.</summary>
    /// <param name="paths">The paths; certificates after the first one that does not issue its predecessor are only at hand, e.g. CRL issuers.</param>
    /// <param name="cancellationToken">Cancels fetches.</param>
    /// <exception cref="ValidationDataException">A certificate's status could not be established, or it is revoked.</exception>
    public Task<ValidationData> CollectAsync(IEnumerable<IReadOnlyList<X509Certificate2>> paths, CancellationToken cancellationToken)
        => CollectAsync(paths, [], cancellationToken);

    /// <summary>Collects the data for each path, with more certificates at hand where CRL issuers and their paths are sought.</summary>
    /// <param name="paths">The paths; certificates after the first one that does not issue its predecessor are only at hand.</param>
    /// <param name="available">More certificates at hand.</param>
    /// <param name="cancellationToken">Cancels fetches.</param>
    /// <exception cref="ValidationDataException">A certificate's status could not be established, or it is revoked.</exception>
    public async Task<ValidationData> CollectAsync(IEnumerable<IReadOnlyList<X509Certificate2>> paths, IEnumerable<X509Certificate2> available, CancellationToken cancellationToken)
    {
        IReadOnlyList<X509Certificate2>[] given = [.. paths.Where(p => p.Count > 0)];
        var session = new ValidationDataSession(_checker, [.. given.SelectMany(p => p), .. available], _time.GetUtcNow());
        var data = new ValidationDataBuilder();
        foreach (IReadOnlyList<X509Certificate2> path in given)
        {
            await session.CollectAsync(Linked(path), CertificateUsage.Any, data, cancellationToken).ConfigureAwait(false);
        }

        return data.Build();
    }

    /// <summary>The leading certificates of <paramref name="path"/> each issued (by name) by the next one.</summary>
    private static PathCertificate[] Linked(IReadOnlyList<X509Certificate2> path)
    {
        int length = 1;
        while (length < path.Count && DistinguishedNames.Equivalent(path[length].SubjectName.RawData, path[length - 1].IssuerName.RawData))
        {
            length++;
        }

        return [.. path.Take(length).Select(c => PathCertificate.TryCreate(c) ?? throw new ValidationDataException($"The certificate '{c.Subject}' cannot be parsed."))];
    }
}
