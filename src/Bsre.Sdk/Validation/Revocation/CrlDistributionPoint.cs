using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>
/// One distribution point of a certificate as RFC 5280 §6.3.3 processes it: the names a CRL's issuingDistributionPoint
/// must match, the reasons it serves, and who issues its CRLs.
/// </summary>
/// <param name="Names">Canonical keys (see <see cref="DistributionPointNames"/>) of the distributionPoint field, or of the cRLIssuer field when that is absent.</param>
/// <param name="Reasons">The reasons field as ReasonFlags bits, or <see cref="RevocationReasons.AllReasonFlags"/> when absent.</param>
/// <param name="CrlIssuers">The DER directory names of the cRLIssuer field; empty when the certificate issuer issues the CRLs.</param>
internal sealed record CrlDistributionPoint(IReadOnlyList<string> Names, int Reasons, IReadOnlyList<byte[]> CrlIssuers)
{
    private const string IssuerAltNameOid = "2.5.29.18";

    /// <summary>
    /// Gets the certificate's distribution points, followed by the one RFC 5280 §6.3.3 assumes for CRLs not named by any:
    /// named after the certificate issuer (and its issuerAltName), all reasons, issued by the certificate issuer.
    /// </summary>
    public static IReadOnlyList<CrlDistributionPoint> Of(X509Certificate2 certificate)
    {
        var issuer = X509Name.GetInstance(certificate.IssuerName.RawData);
        var points = new List<CrlDistributionPoint>();
        foreach (DistributionPoint point in RevocationUrls.CrlDistributionPoints(certificate))
        {
            byte[][] crlIssuers = [.. (point.CrlIssuer?.GetNames() ?? []).Where(n => n.TagNo == GeneralName.DirectoryName)
                .Select(n => X509Name.GetInstance(n.Name).GetDerEncoded())];
            IEnumerable<string> names = point.DistributionPointName is { } name
                ? DistributionPointNames.Keys(name, crlIssuers.Length > 0 ? X509Name.GetInstance(crlIssuers[0]) : issuer)
                : point.CrlIssuer is { } named ? DistributionPointNames.Keys(named) : [];
            points.Add(new CrlDistributionPoint([.. names], point.Reasons?.IntValue ?? RevocationReasons.AllReasonFlags, crlIssuers));
        }

        points.Add(new CrlDistributionPoint([DistributionPointNames.Directory(issuer), .. IssuerAltNames(certificate)], RevocationReasons.AllReasonFlags, []));
        return points;
    }

    private static IEnumerable<string> IssuerAltNames(X509Certificate2 certificate)
    {
        if (certificate.Extensions[IssuerAltNameOid] is not { } extension)
        {
            return [];
        }

        try
        {
            return [.. DistributionPointNames.Keys(GeneralNames.GetInstance(Asn1Object.FromByteArray(extension.RawData)))];
        }
        catch (Exception e) when (ParseErrors.Is(e))
        {
            return [];
        }
    }
}
