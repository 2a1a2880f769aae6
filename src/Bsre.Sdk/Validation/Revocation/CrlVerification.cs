using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>What a verified CRL (possibly with a delta CRL on top) says about one certificate.</summary>
/// <param name="Status">Good or Revoked.</param>
/// <param name="ThisUpdate">thisUpdate of the CRL that decided freshness (the delta when one was applied).</param>
/// <param name="NextUpdate">Its nextUpdate.</param>
/// <param name="RevokedAt">The revocationDate, when revoked.</param>
/// <param name="Reason">The reason name (e.g. keyCompromise, certificateHold), when revoked with a reason code.</param>
/// <param name="UsedDelta">Whether a delta CRL was applied.</param>
/// <param name="Reasons">The revocation reasons (ReasonFlags bits) the CRL covers for the certificate; a Good status holds only for these.</param>
/// <param name="Encoded">The DER base CRL, then the delta CRL when one was applied.</param>
/// <param name="Signer">The certificate whose key signed them.</param>
/// <param name="SignatureAlgorithms">The signature algorithms of the base CRL, then of the delta CRL when one was applied.</param>
internal sealed record CrlVerification(
    RevocationStatus Status,
    DateTimeOffset ThisUpdate,
    DateTimeOffset? NextUpdate,
    DateTimeOffset? RevokedAt,
    string? Reason,
    bool UsedDelta,
    int Reasons,
    IReadOnlyList<byte[]> Encoded,
    X509Certificate2 Signer,
    IReadOnlyList<AlgorithmIdentifier> SignatureAlgorithms)
{
    /// <summary>Converts to the public evidence model.</summary>
    public RevocationInfo ToInfo(RevocationSource source) => new()
    {
        Status = Status,
        Source = source,
        RevokedAt = RevokedAt,
        Reason = Reason,
        ThisUpdate = ThisUpdate,
        NextUpdate = NextUpdate,
        Encoded = Encoded,
        CrlSigners = [Signer],
    };
}
