namespace Bsre.Sdk.Validation;

/// <summary>What a validated CMS structure is.</summary>
public enum SignatureKind
{
    /// <summary>A signature by a signer.</summary>
    Signature = 0,

    /// <summary>A document timestamp (PDF /ETSI.RFC3161).</summary>
    DocumentTimestamp,
}
