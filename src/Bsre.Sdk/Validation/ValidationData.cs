using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation;

/// <summary>What a long-term (B-LT) signature embeds to be validated offline later: certificates, OCSP responses, CRLs.</summary>
/// <param name="Certificates">The certificates of the paths, signer's and TSA's.</param>
/// <param name="OcspResponses">DER OCSPResponses.</param>
/// <param name="Crls">DER CRLs.</param>
internal sealed record ValidationData(IReadOnlyList<X509Certificate2> Certificates, IReadOnlyList<byte[]> OcspResponses, IReadOnlyList<byte[]> Crls);
