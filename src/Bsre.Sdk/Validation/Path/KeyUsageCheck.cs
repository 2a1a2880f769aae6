using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Validation;

/// <summary>Checks the target certificate's KeyUsage and ExtendedKeyUsage against what it is used for.</summary>
internal static class KeyUsageCheck
{
    private const int DigitalSignature = 0;
    private const int NonRepudiation = 1;
    private const int CrlSign = 6;
    private const string TimeStamping = "1.3.6.1.5.5.7.3.8";
    private const string OcspSigning = "1.3.6.1.5.5.7.3.9";

    /// <summary>Purposes that allow document signatures when the EKU is critical.</summary>
    private static readonly HashSet<string> SignaturePurposes = new(StringComparer.Ordinal)
    {
        "2.5.29.37.0", // anyExtendedKeyUsage
        "1.3.6.1.5.5.7.3.4", // id-kp-emailProtection
        "1.3.6.1.5.5.7.3.36", // id-kp-documentSigning (RFC 9336)
        "1.3.6.1.4.1.311.10.3.12", // Microsoft document signing
        "1.2.840.113583.1.1.5", // Adobe Authentic Documents Trust
    };

    /// <summary>Returns why <paramref name="path"/>'s target may not serve <paramref name="usage"/>, or <see langword="null"/>.</summary>
    public static PathFailure? Check(PathCertificate[] path, CertificateUsage usage)
    {
        var certificate = path[0].Bc;
        bool[]? keyUsage = certificate.GetKeyUsage();
        var purposes = certificate.GetExtendedKeyUsage()?.Select(p => p.Id).ToArray();
        bool ekuCritical = certificate.GetCriticalExtensionOids()?.Contains(X509Extensions.ExtendedKeyUsage.Id) == true;
        bool signs = keyUsage is null || Has(keyUsage, DigitalSignature) || Has(keyUsage, NonRepudiation);

        string? problem = usage switch
        {
            CertificateUsage.Signature when !signs => "has a key usage without digitalSignature or nonRepudiation, so it may not sign documents",
            CertificateUsage.Signature when ekuCritical && !purposes!.Any(SignaturePurposes.Contains)
                => $"has a critical extended key usage ({string.Join(", ", purposes!)}) that does not allow document signatures",
            CertificateUsage.Timestamping when purposes is not [TimeStamping] || !ekuCritical
                => "lacks the critical extended key usage holding only id-kp-timeStamping that RFC 3161 requires of a TSA",
            CertificateUsage.Timestamping when !signs => "has a key usage without digitalSignature or nonRepudiation",
            CertificateUsage.OcspSigning when purposes?.Contains(OcspSigning) != true => "lacks the extended key usage id-kp-OCSPSigning",
            CertificateUsage.OcspSigning when !signs => "has a key usage without digitalSignature or nonRepudiation",
            CertificateUsage.CrlSigning when keyUsage is not null && !Has(keyUsage, CrlSign) => "has a key usage without cRLSign",
            _ => null,
        };
        return problem is null
            ? null
            : new PathFailure(SubIndication.ChainConstraintsFailure, $"{PathMessages.Capitalize(PathMessages.Describe(path, 0, usage))} {problem}.");
    }

    private static bool Has(bool[] keyUsage, int bit) => keyUsage.Length > bit && keyUsage[bit];
}
