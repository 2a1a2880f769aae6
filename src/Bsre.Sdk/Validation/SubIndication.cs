namespace Bsre.Sdk.Validation;

/// <summary>Why a validation is <see cref="ValidationIndication.TotalFailed"/> or <see cref="ValidationIndication.Indeterminate"/> (ETSI EN 319 102-1 §5.1.3).</summary>
public enum SubIndication
{
    /// <summary>The signature is not well-formed or not of the expected format.</summary>
    FormatFailure = 0,

    /// <summary>The signed data's digest does not match the one in the signature.</summary>
    HashFailure,

    /// <summary>The signature value does not verify with the signing certificate's public key.</summary>
    SigCryptoFailure,

    /// <summary>The signing certificate was revoked before the signature's proven time.</summary>
    Revoked,

    /// <summary>The signature does not meet the constraints of the validation policy.</summary>
    SigConstraintsFailure,

    /// <summary>The chain does not meet the validation constraints (key usage, policies, name constraints, path length).</summary>
    ChainConstraintsFailure,

    /// <summary>The chain could not be validated for another reason.</summary>
    CertificateChainGeneralFailure,

    /// <summary>An algorithm or key size is below what the policy accepts.</summary>
    CryptoConstraintsFailure,

    /// <summary>The signature was created after the signing certificate expired.</summary>
    Expired,

    /// <summary>The signature was created before the signing certificate became valid.</summary>
    NotYetValid,

    /// <summary>The signature policy could not be processed.</summary>
    PolicyProcessingError,

    /// <summary>The signature policy is not available.</summary>
    SignaturePolicyNotAvailable,

    /// <summary>The timestamps are not in the required order.</summary>
    TimestampOrderFailure,

    /// <summary>The signing certificate could not be identified.</summary>
    NoSigningCertificateFound,

    /// <summary>No chain to a trust anchor could be built.</summary>
    NoCertificateChainFound,

    /// <summary>The signing certificate is revoked and there is no proof the signature existed before.</summary>
    RevokedNoPoe,

    /// <summary>A CA certificate of the chain is revoked and there is no proof the signature existed before.</summary>
    RevokedCaNoPoe,

    /// <summary>The signing certificate is expired or not yet valid at the validation time and there is no proof of an earlier existence.</summary>
    OutOfBoundsNoPoe,

    /// <summary>The signing certificate is out of its validity period but not revoked.</summary>
    OutOfBoundsNotRevoked,

    /// <summary>An algorithm became weak and there is no proof the signature existed before.</summary>
    CryptoConstraintsFailureNoPoe,

    /// <summary>A proof of existence is missing.</summary>
    NoPoe,

    /// <summary>Revocation data could not be obtained (responder down, stale, or unusable); try later.</summary>
    TryLater,

    /// <summary>The signed data could not be obtained (a detached signature without its content).</summary>
    SignedDataNotFound,
}
