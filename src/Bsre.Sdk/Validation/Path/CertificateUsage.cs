namespace Bsre.Sdk.Validation;

/// <summary>What the target certificate of a path is used for, which decides its key usage and EKU checks.</summary>
internal enum CertificateUsage
{
    /// <summary>Signing documents: KeyUsage, when present, has digitalSignature or nonRepudiation.</summary>
    Signature = 0,

    /// <summary>An RFC 3161 TSA: a critical EKU holding only id-kp-timeStamping (RFC 3161 §2.3).</summary>
    Timestamping,

    /// <summary>A delegated OCSP responder: EKU id-kp-OCSPSigning (RFC 6960 §4.2.2.2).</summary>
    OcspSigning,

    /// <summary>A CRL issuer: KeyUsage, when present, has cRLSign.</summary>
    CrlSigning,

    /// <summary>No usage check on the target (plain RFC 5280 path validation).</summary>
    Any,
}
