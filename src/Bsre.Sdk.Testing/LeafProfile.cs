namespace Bsre.Sdk.Testing;

/// <summary>The kinds of end-entity certificate the test PKI issues.</summary>
internal enum LeafProfile
{
    /// <summary>Document signer: digitalSignature + nonRepudiation, no EKU.</summary>
    Signer,

    /// <summary>RFC 3161 time-stamping unit: digitalSignature, critical EKU id-kp-timeStamping.</summary>
    TimeStamping,

    /// <summary>Delegated OCSP responder: digitalSignature, EKU id-kp-OCSPSigning, id-pkix-ocsp-nocheck.</summary>
    OcspSigning,
}
