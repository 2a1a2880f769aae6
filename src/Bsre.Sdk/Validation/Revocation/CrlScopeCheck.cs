using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>
/// Whether a CRL covers a certificate (RFC 5280 §6.3.3 (b), (c)): it must be issued for one of the certificate's
/// distribution points (by the certificate issuer, or as an indirect CRL by the cRLIssuer the point names), its
/// issuingDistributionPoint name must match that point's, its onlyContains* flags must admit the certificate, and it
/// gives the reasons both it and the point serve.
/// </summary>
internal static class CrlScopeCheck
{
    /// <summary>Returns the reasons (ReasonFlags bits) for which <paramref name="crl"/> speaks about <paramref name="certificate"/>.</summary>
    /// <exception cref="RevocationException"><see cref="RevocationFailure.NotForCertificate"/> or <see cref="RevocationFailure.OutOfScope"/>.</exception>
    public static int Check(ParsedCrl crl, X509Certificate2 certificate)
    {
        CrlScope? scope = crl.Scope;
        bool isCa = certificate.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault()?.CertificateAuthority == true;
        string? problem = scope switch
        {
            { OnlyAttributeCertificates: true } => "only attribute certificates",
            { OnlyUserCertificates: true } when isCa => "only end-entity certificates, and this is a CA certificate",
            { OnlyCaCertificates: true } when !isCa => "only CA certificates, and this is an end-entity certificate",
            _ => null,
        };
        if (problem is not null)
        {
            throw new RevocationException(RevocationFailure.OutOfScope, $"The CRL's issuing distribution point covers {problem}.");
        }

        bool byCertificateIssuer = DistinguishedNames.Equivalent(crl.Issuer, certificate.IssuerName.RawData);
        if (scope is null && byCertificateIssuer)
        {
            return RevocationReasons.AllReasonFlags; // a full CRL of the certificate issuer serves every distribution point of it
        }

        var issuedFor = CrlDistributionPoint.Of(certificate).Where(point => IssuedFor(crl, byCertificateIssuer, point)).ToList();
        if (issuedFor.Count == 0)
        {
            throw new RevocationException(
                RevocationFailure.NotForCertificate, $"The CRL of '{crl.IssuerName}' is not about certificates of '{certificate.Issuer}' (nor an indirect CRL their distribution point names).");
        }

        int reasons = issuedFor.Where(point => NamesMatch(scope, point)).Aggregate(0, (mask, point) => mask | point.Reasons);
        if (reasons == 0)
        {
            throw new RevocationException(RevocationFailure.OutOfScope, "The CRL's issuing distribution point covers another distribution point than the certificate names.");
        }

        return reasons & (scope?.OnlySomeReasons ?? RevocationReasons.AllReasonFlags);
    }

    /// <summary>§6.3.3 (b)(1): the point's cRLIssuer issued the CRL as an indirect CRL, or the point has none and the certificate issuer did.</summary>
    private static bool IssuedFor(ParsedCrl crl, bool byCertificateIssuer, CrlDistributionPoint point)
    {
        if (point.CrlIssuers.Count == 0)
        {
            return byCertificateIssuer;
        }

        return point.CrlIssuers.Any(name => DistinguishedNames.Equivalent(crl.Issuer, name)) && (crl.Scope?.Indirect == true || byCertificateIssuer);
    }

    /// <summary>§6.3.3 (b)(2)(i): a named issuing distribution point must share a name with the point.</summary>
    private static bool NamesMatch(CrlScope? scope, CrlDistributionPoint point)
        => scope is null || scope.DistributionPointNames.Count == 0 || point.Names.Intersect(scope.DistributionPointNames, StringComparer.Ordinal).Any();
}
