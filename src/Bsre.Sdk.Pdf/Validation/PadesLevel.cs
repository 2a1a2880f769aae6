using Bsre.Sdk.Signing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>The PAdES baseline level a signature reaches (ETSI EN 319 142-1 §6): B, T, LT or LTA.</summary>
internal static class PadesLevel
{
    /// <param name="signature">The inspected signature.</param>
    /// <param name="result">Its CMS validation result.</param>
    /// <param name="timestamps">The valid document timestamps: where their signed range ends, and whether they cover a DSS.</param>
    public static SignatureLevel? Of(InspectedSignature signature, SignatureValidationResult result, IReadOnlyList<(long SignedEnd, bool CoversDss)> timestamps)
    {
        if (result.Indication == ValidationIndication.TotalFailed || signature.Entry.SubFilter != "ETSI.CAdES.detached" || signature.Signature?.Signers is not [{ HasSigningCertificateReference: true }]
            || result.Findings.Any(f => f.Code == FindingCodes.SignedAttributesNotDer))
        {
            return null;
        }

        var later = timestamps.Where(t => t.SignedEnd > signature.ByteRange.SignedEnd).ToList();
        if (result.TimestampTime is null && later.Count == 0)
        {
            return SignatureLevel.BaselineB;
        }

        bool longTerm = result.Chain.Count > 1 && result.Chain.Take(result.Chain.Count - 1)
            .All(c => c.Revocation.Source is RevocationSource.EmbeddedOcsp or RevocationSource.EmbeddedCrl);
        if (!longTerm)
        {
            return SignatureLevel.BaselineT;
        }

        return later.Any(t => t.CoversDss) ? SignatureLevel.BaselineLTA : SignatureLevel.BaselineLT;
    }
}
