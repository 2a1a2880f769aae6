using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Validation.Revocation;
using Org.BouncyCastle.Asn1.Ocsp;

namespace Bsre.Sdk.Validation;

/// <summary>
/// Checks the revocation status of every certificate of a built path but the trust anchor, each against the
/// next certificate as issuer, through <see cref="IRevocationChecker"/>.
/// </summary>
internal static class PathRevocation
{
    /// <summary>Checks <paramref name="path"/>; without a checker every certificate is reported unchecked.</summary>
    /// <returns>The chain with its revocation evidence, and the most serious revocation failure if any.</returns>
    public static async Task<(CertificateInfo[] Chain, PathFailure? Failure)> CheckAsync(
        IRevocationChecker? checker, PathCertificate[] path, CertificateUsage usage, DateTimeOffset time, RevocationEvidence evidence, CrlIssuerFinder? crlIssuers, CancellationToken cancellationToken)
    {
        var chain = new CertificateInfo[path.Length];
        chain[^1] = new CertificateInfo(path[^1].Certificate);
        PathFailure? worst = null;
        for (int i = 0; i < path.Length - 1; i++)
        {
            if (checker is null || (i == 0 && usage == CertificateUsage.OcspSigning && HasOcspNoCheck(path[0])))
            {
                chain[i] = new CertificateInfo(path[i].Certificate);
                continue;
            }

            RevocationCheckResult result = await CheckOneAsync(checker, path, i, usage, time, evidence, crlIssuers, cancellationToken).ConfigureAwait(false);
            chain[i] = new CertificateInfo(path[i].Certificate, result.Info);
            if (result.Failure is { } failure)
            {
                worst = PathFailure.Better(worst, Describe(path, i, usage, failure, result));
            }
        }

        return (chain, worst);
    }

    /// <summary>
    /// Checks <c>path[index]</c> against its issuer. When that gives no answer, checks again letting the other keys that
    /// may sign its CRLs (RFC 5280 §6.3.3 (f)) sign them too: other certificates of the same CA further up the path (key
    /// rollover, PKITS 4.5), the CRL issuers <paramref name="crlIssuers"/> finds and validates to the path's trust anchor,
    /// and, for a CRL issuer's own certificate, itself (its indirect CRL may cover it when its distribution point says so).
    /// </summary>
    private static async Task<RevocationCheckResult> CheckOneAsync(
        IRevocationChecker checker, PathCertificate[] path, int index, CertificateUsage usage, DateTimeOffset time, RevocationEvidence evidence, CrlIssuerFinder? crlIssuers, CancellationToken cancellationToken)
    {
        X509Certificate2 certificate = path[index].Certificate;
        PathCertificate issuer = path[index + 1];
        var result = await checker.CheckAsync(certificate, issuer.Certificate, [], time, evidence, cancellationToken).ConfigureAwait(false);
        if (result.Failure != SubIndication.TryLater)
        {
            return result;
        }

        List<X509Certificate2> others = [.. path[(index + 2)..].Where(p => p.Bc.SubjectDN.Equivalent(issuer.Bc.SubjectDN, true)).Select(p => p.Certificate)];
        if (index == 0 && usage == CertificateUsage.CrlSigning)
        {
            others.Add(certificate);
        }

        if (crlIssuers is not null)
        {
            others.AddRange(await crlIssuers.FindAsync(path[index], issuer, path[^1], cancellationToken).ConfigureAwait(false));
        }

        return others.Count == 0
            ? result
            : await checker.CheckAsync(certificate, issuer.Certificate, others, time, evidence, cancellationToken).ConfigureAwait(false);
    }

    private static PathFailure Describe(PathCertificate[] path, int index, CertificateUsage usage, SubIndication failure, RevocationCheckResult result)
    {
        string who = PathMessages.Describe(path, index, usage);
        string details = result.Errors.Count > 0 ? $": {string.Join("; ", result.Errors)}" : string.Empty;
        if (failure is SubIndication.RevokedNoPoe or SubIndication.RevokedCaNoPoe or SubIndication.Revoked)
        {
            string when = result.Info.RevokedAt is { } at ? $" at {PathMessages.Format(at)}" : string.Empty;
            string reason = result.Info.Reason is { } r ? $" ({r})" : string.Empty;
            var sub = index == 0 ? SubIndication.RevokedNoPoe : SubIndication.RevokedCaNoPoe;
            return new PathFailure(sub, $"{PathMessages.Capitalize(who)} was revoked{when}{reason}.");
        }

        return new PathFailure(failure, $"The revocation status of {who} could not be established{details}.");
    }

    private static bool HasOcspNoCheck(PathCertificate certificate)
        => certificate.Bc.GetExtensionValue(OcspObjectIdentifiers.PkixOcspNocheck) is not null;
}
