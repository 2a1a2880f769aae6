using System.Globalization;

namespace Bsre.Sdk.Validation;

/// <summary>Names certificates of a path by their role, for error messages.</summary>
internal static class PathMessages
{
    /// <summary>Describes the certificate at <paramref name="index"/> of a path running from the target (0) to the trust anchor (last).</summary>
    public static string Describe(IReadOnlyList<PathCertificate> path, int index, CertificateUsage usage, bool lastIsAnchor = true)
    {
        string role = index == 0 ? TargetRole(usage)
            : lastIsAnchor && index == path.Count - 1 ? "the trust anchor"
            : "the intermediate certificate";
        return $"{role} '{path[index].Subject}'";
    }

    public static string TargetRole(CertificateUsage usage) => usage switch
    {
        CertificateUsage.Signature => "the signing certificate",
        CertificateUsage.Timestamping => "the TSA certificate",
        CertificateUsage.OcspSigning => "the OCSP responder certificate",
        CertificateUsage.CrlSigning => "the CRL issuer certificate",
        _ => "the end-entity certificate",
    };

    public static string Capitalize(string text) => string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    public static string Format(DateTimeOffset time)
        => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
