namespace Bsre.Sdk.Validation.Revocation;

/// <summary>Why one piece of revocation evidence (an OCSP response or a CRL) could not be used.</summary>
internal enum RevocationFailure
{
    /// <summary>The responder or distribution point could not be reached, timed out, or answered an HTTP error.</summary>
    Unavailable = 0,

    /// <summary>The answer was over the size limit.</summary>
    TooLarge,

    /// <summary>The bytes are not a well-formed OCSP response or CRL.</summary>
    Malformed,

    /// <summary>The OCSP responder answered with an error status (malformedRequest, internalError, tryLater, ...).</summary>
    ResponderError,

    /// <summary>The evidence is about other certificates (no matching CertID, or another CRL issuer).</summary>
    NotForCertificate,

    /// <summary>The signature does not verify.</summary>
    BadSignature,

    /// <summary>The signer is not authorised: not the CA, not a delegated OCSP responder of the CA, or a CA without cRLSign.</summary>
    UnauthorizedSigner,

    /// <summary>The evidence is stale (past nextUpdate) or not yet valid (thisUpdate in the future) for the time.</summary>
    NotFresh,

    /// <summary>The OCSP response echoes a different nonce than the request carried.</summary>
    NonceMismatch,

    /// <summary>The CRL's issuing distribution point does not cover the certificate, or covers only some reasons.</summary>
    OutOfScope,

    /// <summary>An algorithm, critical extension or CRL kind that is not supported.</summary>
    Unsupported,

    /// <summary>The evidence is signed with an algorithm or key the cryptographic policy does not accept at the time it is used for.</summary>
    WeakCryptography,
}
