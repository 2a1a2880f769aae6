using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Validation;

/// <summary>
/// Finds the certificates, other than a certificate's issuer in the path, that may sign its CRLs (RFC 5280
/// §6.3.3 (f)): another certificate of the same CA (separate CRL-signing key) or the cRLIssuer named in a
/// CRL distribution point (indirect CRLs). Each is used only if its own path validates for CRL signing to the trust
/// anchor of the certificate's path.
/// </summary>
internal sealed class CrlIssuerFinder
{
    private readonly IEnumerable<X509Certificate2> _certificates;
    private readonly Func<X509Certificate2, X509Certificate2, CancellationToken, Task<bool>> _validate;
    private PathCertificate[]? _parsed;

    /// <param name="certificates">The certificates at hand (trust anchors, extra certificates, candidates).</param>
    /// <param name="validate">Validates a CRL issuer's own path (with revocation) for CRL signing to the given trust anchor.</param>
    public CrlIssuerFinder(IEnumerable<X509Certificate2> certificates, Func<X509Certificate2, X509Certificate2, CancellationToken, Task<bool>> validate)
    {
        _certificates = certificates;
        _validate = validate;
    }

    /// <summary>Finds the validated CRL issuers of <paramref name="certificate"/>, other than <paramref name="issuer"/>.</summary>
    /// <param name="certificate">The certificate whose CRLs are sought.</param>
    /// <param name="issuer">Its issuer in the path.</param>
    /// <param name="anchor">The trust anchor of the path, which the CRL issuers' paths must end at too.</param>
    /// <param name="cancellationToken">Cancels fetches.</param>
    public async Task<IReadOnlyList<X509Certificate2>> FindAsync(PathCertificate certificate, PathCertificate issuer, PathCertificate anchor, CancellationToken cancellationToken)
    {
        _parsed ??= [.. _certificates.Select(PathCertificate.TryCreate).OfType<PathCertificate>().DistinctBy(c => c.Id)];
        X509Name[] names = [certificate.Bc.IssuerDN, .. CrlIssuerNames(certificate)];
        var found = new List<X509Certificate2>();
        foreach (var candidate in _parsed)
        {
            if (candidate.Id != issuer.Id && candidate.Id != certificate.Id
                && names.Any(n => n.Equivalent(candidate.Bc.SubjectDN, true))
                && await _validate(candidate.Certificate, anchor.Certificate, cancellationToken).ConfigureAwait(false))
            {
                found.Add(candidate.Certificate);
            }
        }

        return found;
    }

    private static X509Name[] CrlIssuerNames(PathCertificate certificate)
    {
        if (certificate.Bc.GetExtensionValue(X509Extensions.CrlDistributionPoints) is not { } value)
        {
            return [];
        }

        return CrlDistPoint.GetInstance(value.GetOctets()).GetDistributionPoints()
            .SelectMany(dp => dp.CrlIssuer?.GetNames() ?? [])
            .Where(n => n.TagNo == GeneralName.DirectoryName)
            .Select(n => X509Name.GetInstance(n.Name))
            .ToArray();
    }
}
