using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using X509Extension = System.Security.Cryptography.X509Certificates.X509Extension;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>Reads where a certificate's revocation data lives: AIA id-ad-ocsp, CRL distribution points, freshest CRL.</summary>
internal static class RevocationUrls
{
    private const string AuthorityInfoAccessOid = "1.3.6.1.5.5.7.1.1";
    private const string CrlDistributionPointsOid = "2.5.29.31";
    private const string FreshestCrlOid = "2.5.29.46";

    /// <summary>Gets the http(s) OCSP responder URLs from the Authority Information Access extension.</summary>
    public static IReadOnlyList<Uri> Ocsp(X509Certificate2 certificate)
    {
        X509Extension? extension = certificate.Extensions[AuthorityInfoAccessOid];
        if (extension is null)
        {
            return [];
        }

        try
        {
            var aia = extension as X509AuthorityInformationAccessExtension ?? new X509AuthorityInformationAccessExtension(extension.RawData);
            return Http(aia.EnumerateOcspUris());
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return [];
        }
    }

    /// <summary>Gets the http(s) URLs of the CRL distribution points (full names only).</summary>
    /// <param name="certificate">The certificate.</param>
    /// <param name="where">Keeps only the distribution points it accepts.</param>
    public static IReadOnlyList<Uri> Crl(X509Certificate2 certificate, Func<DistributionPoint, bool> where)
        => Http(Points(certificate, CrlDistributionPointsOid).Where(where).SelectMany(point => FullNameUris(point.DistributionPointName)).Distinct());

    /// <summary>Gets the http(s) URLs of the freshest CRL (delta CRL) extension.</summary>
    public static IReadOnlyList<Uri> FreshestCrl(X509Certificate2 certificate) => Http(DistributionPointNames(certificate, FreshestCrlOid));

    /// <summary>Gets the entries of the certificate's CRL distribution points extension (none when absent or malformed).</summary>
    public static DistributionPoint[] CrlDistributionPoints(X509Certificate2 certificate) => Points(certificate, CrlDistributionPointsOid);

    private static List<string> DistributionPointNames(X509Certificate2 certificate, string oid)
        => [.. Points(certificate, oid).SelectMany(point => FullNameUris(point.DistributionPointName))];

    private static DistributionPoint[] Points(X509Certificate2 certificate, string oid)
    {
        X509Extension? extension = certificate.Extensions[oid];
        if (extension is null)
        {
            return [];
        }

        try
        {
            return CrlDistPoint.GetInstance(Asn1Object.FromByteArray(extension.RawData)).GetDistributionPoints();
        }
        catch (Exception e) when (ParseErrors.Is(e))
        {
            // A malformed extension names no distribution point; the check then reports that nothing could be fetched.
            return [];
        }
    }

    /// <summary>Gets the URI general names of a distribution point's full name.</summary>
    public static IEnumerable<string> FullNameUris(DistributionPointName? name)
    {
        if (name?.Type != DistributionPointName.FullName)
        {
            yield break;
        }

        foreach (GeneralName general in GeneralNames.GetInstance(name.Name).GetNames())
        {
            if (general.TagNo == GeneralName.UniformResourceIdentifier)
            {
                yield return DerIA5String.GetInstance(general.Name).GetString();
            }
        }
    }

    private static List<Uri> Http(IEnumerable<string> urls)
    {
        var result = new List<Uri>();
        foreach (string url in urls)
        {
            if (Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                result.Add(uri);
            }
        }

        return result;
    }
}
