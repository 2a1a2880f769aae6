using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation;

/// <summary>
/// What a long-term signature (CAdES or PAdES B-LT) embeds to be validated offline later: the certificates of the paths
/// and the OCSP responses and CRLs that decided their status, each once. Collected by <see cref="ValidationDataCollector"/>.
/// </summary>
public sealed class ValidationData
{
    internal ValidationData(IReadOnlyList<X509Certificate2> certificates, IReadOnlyList<byte[]> ocspResponses, IReadOnlyList<byte[]> crls)
    {
        Certificates = certificates;
        OcspResponses = ocspResponses;
        Crls = crls;
    }

    /// <summary>Gets the certificates of the paths and of the CRL issuers' paths.</summary>
    public IReadOnlyList<X509Certificate2> Certificates { get; }

    /// <summary>Gets the DER OCSPResponses (RFC 6960 §4.2.1), each verified when collected.</summary>
    public IReadOnlyList<byte[]> OcspResponses { get; }

    /// <summary>Gets the DER CRLs (RFC 5280 §5), each verified when collected.</summary>
    public IReadOnlyList<byte[]> Crls { get; }
}
