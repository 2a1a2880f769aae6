namespace Bsre.Sdk.Validation;

/// <summary>The AdES format a validated signature is judged as.</summary>
public enum SignatureFormat
{
    /// <summary>CAdES (ETSI EN 319 122-1): a CMS signature.</summary>
    Cades = 0,

    /// <summary>PAdES (ETSI EN 319 142-1): a CMS signature inside a PDF.</summary>
    Pades,
}
