namespace Bsre.Sdk.Client;

/// <summary>The gateway's own verification of a PDF (v1 or v2), with the API's field names mapped to proper names.</summary>
public sealed class VerificationResult
{
    /// <summary>Gets whether the gateway judged the document valid (v2 <c>conclusion</c> VALID or TOTAL_PASSED; v1 every signature intact and certified).</summary>
    public bool IsValid { get; init; }

    /// <summary>Gets the verdict as sent (v2 <c>conclusion</c>, v1 <c>summary</c>).</summary>
    public string? Conclusion { get; init; }

    /// <summary>Gets the explanation as sent (v2 <c>description</c>, v1 <c>notes</c>).</summary>
    public string? Description { get; init; }

    /// <summary>Gets the document name (v1 <c>nama_dokumen</c>).</summary>
    public string? DocumentName { get; init; }

    /// <summary>Gets the number of signatures (v2 <c>signatureCount</c>, v1 <c>jumlah_signature</c>).</summary>
    public int SignatureCount { get; init; }

    /// <summary>Gets the signatures (v2 <c>signatureInformations</c>, v1 <c>details</c>).</summary>
    public IReadOnlyList<VerifiedSignature> Signatures { get; init; } = [];
}
