using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>What a verified OCSP response says about one certificate.</summary>
/// <param name="Status">Good, Revoked or Unknown.</param>
/// <param name="ProducedAt">The response's producedAt.</param>
/// <param name="ThisUpdate">The SingleResponse's thisUpdate.</param>
/// <param name="NextUpdate">The SingleResponse's nextUpdate, if any.</param>
/// <param name="RevokedAt">The revocationTime, when revoked.</param>
/// <param name="Reason">The revocationReason name (e.g. keyCompromise), when revoked with a reason.</param>
/// <param name="Signer">The certificate whose key signed the response: the CA, or its delegated responder.</param>
/// <param name="SignatureAlgorithm">The response's signature algorithm.</param>
internal sealed record OcspVerification(
    RevocationStatus Status,
    DateTimeOffset ProducedAt,
    DateTimeOffset ThisUpdate,
    DateTimeOffset? NextUpdate,
    DateTimeOffset? RevokedAt,
    string? Reason,
    X509Certificate2 Signer,
    AlgorithmIdentifier SignatureAlgorithm)
{
    /// <summary>Converts to the public evidence model.</summary>
    public RevocationInfo ToInfo(RevocationSource source, byte[]? encoded = null) => new()
    {
        Status = Status,
        Source = source,
        RevokedAt = RevokedAt,
        Reason = Reason,
        ProducedAt = ProducedAt,
        ThisUpdate = ThisUpdate,
        NextUpdate = NextUpdate,
        Encoded = encoded is null ? [] : [encoded],
    };
}
