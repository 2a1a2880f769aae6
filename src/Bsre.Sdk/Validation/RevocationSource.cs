namespace Bsre.Sdk.Validation;

/// <summary>Where revocation evidence came from.</summary>
public enum RevocationSource
{
    /// <summary>No evidence.</summary>
    None = 0,

    /// <summary>An OCSP response fetched from the responder.</summary>
    Ocsp,

    /// <summary>A CRL fetched from its distribution point.</summary>
    Crl,

    /// <summary>An OCSP response embedded in the signature or document, or supplied by the caller.</summary>
    EmbeddedOcsp,

    /// <summary>A CRL embedded in the signature or document, or supplied by the caller.</summary>
    EmbeddedCrl,
}
