namespace Bsre.Sdk.Validation;

/// <summary>Which revocation sources are asked, in which order.</summary>
public enum RevocationCheckMode
{
    /// <summary>OCSP first; the CRL when OCSP gives no usable answer. The default.</summary>
    OcspThenCrl = 0,

    /// <summary>The CRL first; OCSP when the CRL gives no usable answer.</summary>
    CrlThenOcsp,

    /// <summary>Only OCSP.</summary>
    OcspOnly,

    /// <summary>Only CRLs.</summary>
    CrlOnly,

    /// <summary>No revocation checking: every certificate is reported unchecked.</summary>
    None,
}
