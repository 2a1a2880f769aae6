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

            RevocationCheckResult result = await CheckOneAsync(checker, path, i, time, evidence, crlIssuers, cancellationToken).ConfigureAwait(false);
            chain[i] = new CertificateInfo(path[i].Certificate, result.Info);
            if (result.Failure is { } failure)
            {
                worst = PathFailure.Better(worst, Describe(path, i, usage, failure, result));
            }
        }

        return (chain, worst);
    }

    /// <summary>
    /// Checks <c>path[index]</c> against its issuer. When that gives no answer, retries with the other keys that may
    /// sign its CRLs (RFC 5280 §6.3.3 (f)): first another certificate of the same CA further up the path (key
    /// rollover, PKITS 4.5), then the validated CRL issuers <paramref name="crlIssuers"/> finds.
    /// </summary>
    private static async Task<RevocationCheckResult> CheckOneAsync(
        IRevocationChecker checker, PathCertificate[] path, int index, DateTimeOffset time, RevocationEvidence evidence, CrlIssuerFinder? crlIssuers, CancellationToken cancellationToken)
    {
        var certificate = path[index].Certificate;
        var result = await checker.CheckAsync(certificate, path[index + 1].Certificate, time, evidence, cancellationToken).ConfigureAwait(false);
        if (result.Failure != SubIndication.TryLater)
        {
            return result;
        }

        IEnumerable<X509Certificate2> others = path[(index + 2)..].Where(p => p.Bc.SubjectDN.Equivalent(path[index + 1].Bc.SubjectDN, true)).Select(p => p.Certificate);
        if (crlIssuers is not null)
        {
            others = others.Concat(await crlIssuers.FindAsync(path[index], path[index + 1], cancellationToken).ConfigureAwait(false));
        }

        foreach (var other in others)
        {
            var retry = await checker.CheckAsync(certificate, other, time, evidence, cancellationToken).ConfigureAwait(false);
            if (retry.Failure != SubIndication.TryLater)
            {
                return retry;
            }
        }

        return result;
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
