using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>Whether a CRL's issuingDistributionPoint covers a certificate (RFC 5280 §6.3.3 b).</summary>
internal static class CrlScopeCheck
{
    /// <summary>Throws <see cref="RevocationFailure.OutOfScope"/> when the CRL does not cover the certificate.</summary>
    /// <returns>Whether the CRL covers only some reasons (it can then show revoked, never good).</returns>
    public static bool Check(CrlScope? scope, X509Certificate2 certificate)
    {
        if (scope is null)
        {
            return false;
        }

        bool isCa = certificate.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault()?.CertificateAuthority == true;
        string? problem = scope switch
        {
            { OnlyAttributeCertificates: true } => "only attribute certificates",
            { OnlyUserCertificates: true } when isCa => "only end-entity certificates, and this is a CA certificate",
            { OnlyCaCertificates: true } when !isCa => "only CA certificates, and this is an end-entity certificate",
            _ => null,
        };
        if (problem is null && scope.DistributionPointNames.Count > 0)
        {
            IReadOnlyList<string> named = RevocationUrls.CrlDistributionPointNames(certificate);
            if (named.Count > 0 && !named.Intersect(scope.DistributionPointNames, StringComparer.Ordinal).Any())
            {
                problem = "another distribution point than the certificate names";
            }
        }

        if (problem is not null)
        {
            throw new RevocationException(RevocationFailure.OutOfScope, $"The CRL's issuing distribution point covers {problem}.");
        }

        return scope.OnlySomeReasons is not null;
    }
}
