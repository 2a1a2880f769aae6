using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation;

/// <summary>The revocation evidence for one certificate.</summary>
public sealed class RevocationInfo
{
    /// <summary>Evidence for a certificate that was not checked.</summary>
    public static RevocationInfo NotChecked { get; } = new();

    /// <summary>Gets the status.</summary>
    public RevocationStatus Status { get; init; }

    /// <summary>Gets where the evidence came from.</summary>
    public RevocationSource Source { get; init; }

    /// <summary>Gets when the certificate was revoked, if it was.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>Gets the revocation reason (RFC 5280 CRLReason name, e.g. keyCompromise), if given.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the OCSP response's producedAt, for OCSP evidence.</summary>
    public DateTimeOffset? ProducedAt { get; init; }

    /// <summary>Gets the evidence's thisUpdate.</summary>
    public DateTimeOffset? ThisUpdate { get; init; }

    /// <summary>Gets the evidence's nextUpdate, if any.</summary>
    public DateTimeOffset? NextUpdate { get; init; }

    /// <summary>
    /// Gets the DER OCSP response, or every CRL (each partial one combined, and the delta CRL applied), that gave this
    /// status, for embedding as B-LT validation data.
    /// </summary>
    internal IReadOnlyList<byte[]> Encoded { get; init; } = [];

    /// <summary>Gets the certificates whose keys signed the CRLs of <see cref="Encoded"/>.</summary>
    internal IReadOnlyList<X509Certificate2> CrlSigners { get; init; } = [];
}
