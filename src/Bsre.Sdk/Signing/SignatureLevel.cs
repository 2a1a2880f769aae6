namespace Bsre.Sdk.Signing;

/// <summary>The ETSI baseline level of a CAdES (EN 319 122-1) or PAdES (EN 319 142-1) signature.</summary>
public enum SignatureLevel
{
    /// <summary>B-B: the signature with its signed attributes and the signing certificate bound into them.</summary>
    BaselineB = 0,

    /// <summary>B-T: B-B plus a signature timestamp from a TSA, proving the signature existed at that time.</summary>
    BaselineT,

    /// <summary>B-LT: B-T plus the certificates and revocation data needed to validate it later, offline.</summary>
    BaselineLT,

    /// <summary>B-LTA: B-LT plus an archive (document) timestamp over all of it, renewable before algorithms weaken.</summary>
    BaselineLTA,
}
