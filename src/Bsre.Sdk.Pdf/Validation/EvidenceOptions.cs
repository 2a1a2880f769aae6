using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>Copies the caller's validation options and adds a document's DSS evidence, leaving the caller's object untouched.</summary>
internal static class EvidenceOptions
{
    public static SignatureValidationOptions Create(SignatureValidationOptions source, DssEvidence dss, DateTimeOffset? validationTime = null)
    {
        var copy = new SignatureValidationOptions
        {
            ValidationTime = validationTime ?? source.ValidationTime,
            Offline = source.Offline,
            FetchIssuerCertificates = source.FetchIssuerCertificates,
            CryptographicPolicy = source.CryptographicPolicy,
        };
        copy.TrustAnchors.AddRange(source.TrustAnchors);
        copy.ExtraCertificates.AddRange(source.ExtraCertificates);
        copy.ExtraCertificates.AddRange(dss.Certificates.ToArray());
        copy.AcceptedPolicyOids.UnionWith(source.AcceptedPolicyOids);
        foreach (byte[] crl in source.Crls.Concat(dss.Crls))
        {
            copy.Crls.Add(crl);
        }

        foreach (byte[] ocsp in source.OcspResponses.Concat(dss.OcspResponses))
        {
            copy.OcspResponses.Add(ocsp);
        }

        RevocationOptions from = source.Revocation, to = copy.Revocation;
        to.Mode = from.Mode;
        to.UseNonce = from.UseNonce;
        to.PreferGet = from.PreferGet;
        to.AllowedClockSkew = from.AllowedClockSkew;
        to.MaxAgeWithoutNextUpdate = from.MaxAgeWithoutNextUpdate;
        to.Timeout = from.Timeout;
        to.MaxOcspResponseSize = from.MaxOcspResponseSize;
        to.MaxCrlSize = from.MaxCrlSize;
        return copy;
    }
}
