using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Validation;

/// <summary>
/// Fetches, verifies and gathers what offline validation of certificate paths needs, for CAdES and PAdES B-LT: the
/// certificates, and through the same checks validation makes (OCSP first, then CRLs) every OCSP response and CRL that
/// decided a status (each partial CRL combined, a delta CRL applied), plus the certificates and revocation data of the
/// CRL issuers other than a path's own CA, each in turn checked the same way. Fetches share the revocation cache.
/// </summary>
/// <example>
/// <code>
/// var collector = new ValidationDataCollector(httpClient);
/// ValidationData data = await collector.CollectAsync([[signingCertificate, issuingCa, bsreRoot]]);
/// </code>
/// </example>
public sealed class ValidationDataCollector
{
    private readonly RevocationChecker _checker;
    private readonly TimeProvider _time;

    /// <summary>Creates a collector.</summary>
    /// <param name="httpClient">The client for OCSP and CRL fetches; <see langword="null"/> uses one shared by the process.</param>
    /// <param name="timeProvider">The clock the status must hold at; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="revocationCache">The cache of fetched OCSP responses and CRLs; <see langword="null"/> uses the one validators share by default.</param>
    public ValidationDataCollector(HttpClient? httpClient = null, TimeProvider? timeProvider = null, RevocationCache? revocationCache = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        _checker = new RevocationChecker(new SignatureValidationOptions(), httpClient ?? SharedHttpClient.Instance, revocationCache ?? RevocationCache.Shared, _time);
    }

    /// <summary>Collects the data for each path, with more certificates at hand where CRL issuers and their paths are sought.</summary>
    /// <param name="paths">The paths: each a certificate followed by its issuers, nearest first, up to the trust anchor; certificates after the first one that does not issue its predecessor are only at hand, e.g. CRL issuers.</param>
    /// <param name="available">More certificates at hand, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels fetches.</param>
    /// <returns>The certificates, OCSP responses and CRLs, each once.</returns>
    /// <exception cref="ValidationDataException">A certificate's status could not be established, or it is revoked.</exception>
    public async Task<ValidationData> CollectAsync(IEnumerable<IReadOnlyList<X509Certificate2>> paths, IEnumerable<X509Certificate2>? available = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        IReadOnlyList<X509Certificate2>[] given = [.. paths.Where(p => p.Count > 0)];
        var session = new ValidationDataSession(_checker, [.. given.SelectMany(p => p), .. available ?? []], _time.GetUtcNow());
        var data = new ValidationDataBuilder();
        foreach (IReadOnlyList<X509Certificate2> path in given)
        {
            await session.CollectAsync(Linked(path), CertificateUsage.Any, data, cancellationToken).ConfigureAwait(false);
        }

        return data.Build();
    }

    /// <summary>
    /// Collects the data for each of <paramref name="certificates"/> along the path that validation's path building finds
    /// for it among <paramref name="available"/> (by name, the best key-identifier match first) up to a self-signed certificate.
    /// </summary>
    /// <param name="certificates">The certificates whose paths are collected, e.g. the signers' and TSAs'.</param>
    /// <param name="available">The issuers and other certificates at hand, e.g. those embedded in the signatures and the trust anchors.</param>
    /// <param name="cancellationToken">Cancels fetches.</param>
    /// <returns>The certificates, OCSP responses and CRLs, each once.</returns>
    /// <exception cref="ValidationDataException">A certificate's issuer is not at hand, a status could not be established, or a certificate is revoked.</exception>
    public async Task<ValidationData> CollectForAsync(IEnumerable<X509Certificate2> certificates, IEnumerable<X509Certificate2> available, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        ArgumentNullException.ThrowIfNull(available);
        X509Certificate2[] targets = [.. certificates];
        X509Certificate2[] pool = [.. targets, .. available];
        PathCertificate[] parsed = [.. pool.Select(Parse)];
        var anchors = parsed.Where(p => p.IsSelfSigned).Select(p => p.Certificate);
        var builder = new CertificatePool(anchors, pool);
        IReadOnlyList<X509Certificate2>[] paths = [.. parsed.Take(targets.Length).Select(t => PathTo(t, builder))];
        return await CollectAsync(paths, pool, cancellationToken).ConfigureAwait(false);
    }

    private IReadOnlyList<X509Certificate2> PathTo(PathCertificate target, CertificatePool pool)
    {
        var candidates = new CandidatePaths(pool, _time.GetUtcNow());
        if (candidates.Enumerate(target).FirstOrDefault() is { } path)
        {
            return [.. path.Select(p => p.Certificate)];
        }

        PathCertificate missing = candidates.DeadEnds.Count > 0 ? candidates.DeadEnds[0] : target;
        throw new ValidationDataException($"The issuer of '{missing.Subject}' is not among the certificates at hand, so the path of '{target.Subject}' and its validation data cannot be collected.");
    }

    private static PathCertificate Parse(X509Certificate2 certificate)
        => PathCertificate.TryCreate(certificate) ?? throw new ValidationDataException($"The certificate '{certificate.Subject}' cannot be parsed.");

    /// <summary>The leading certificates of <paramref name="path"/> each issued (by name) by the next one.</summary>
    private static PathCertificate[] Linked(IReadOnlyList<X509Certificate2> path)
    {
        int length = 1;
        while (length < path.Count && DistinguishedNames.Equivalent(path[length].SubjectName.RawData, path[length - 1].IssuerName.RawData))
        {
            length++;
        }

        return [.. path.Take(length).Select(Parse)];
    }
}
