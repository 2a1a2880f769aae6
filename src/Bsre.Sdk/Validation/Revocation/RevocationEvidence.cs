namespace Bsre.Sdk.Validation.Revocation;

/// <summary>Revocation data at hand without the network: embedded in a signature or document (PAdES DSS), or supplied.</summary>
internal sealed class RevocationEvidence
{
    public static RevocationEvidence Empty { get; } = new([], []);

    public RevocationEvidence(IReadOnlyList<byte[]> crls, IReadOnlyList<byte[]> ocspResponses)
    {
        Crls = crls;
        OcspResponses = ocspResponses;
    }

    /// <summary>Gets DER-encoded CRLs.</summary>
    public IReadOnlyList<byte[]> Crls { get; }

    /// <summary>Gets DER-encoded OCSP responses (OCSPResponse or BasicOCSPResponse).</summary>
    public IReadOnlyList<byte[]> OcspResponses { get; }

    public RevocationEvidence Concat(RevocationEvidence other)
        => new([.. Crls, .. other.Crls], [.. OcspResponses, .. other.OcspResponses]);
}
