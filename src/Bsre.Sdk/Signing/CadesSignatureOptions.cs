using System.Security.Cryptography;
using Bsre.Sdk.Timestamping;

namespace Bsre.Sdk.Signing;

/// <summary>How a <see cref="CadesSigner"/> builds signatures.</summary>
public sealed class CadesSignatureOptions
{
    /// <summary>Gets or sets the digest algorithm for the content and the signed attributes.</summary>
    /// <value>Default SHA-256. Ed25519 keys always use SHA-512 (RFC 8419).</value>
    public HashAlgorithmName HashAlgorithm { get; set; } = HashAlgorithmName.SHA256;

    /// <summary>Gets or sets the signature scheme; it must fit the key (an RSA key makes <see cref="Signing.SignatureScheme.RsaPkcs1"/> or <see cref="Signing.SignatureScheme.RsaPss"/>).</summary>
    /// <value>Default <see langword="null"/>: the key's own scheme (<see cref="Signer.DefaultScheme"/>), PKCS#1 v1.5 for an RSA key.</value>
    public SignatureScheme? SignatureScheme { get; set; }

    /// <summary>Gets or sets the level to reach: B-B, B-T, B-LT, or B-LTA (B-LT plus an archive-time-stamp-v3 over the signature and its validation data).</summary>
    /// <value>Default <see cref="SignatureLevel.BaselineB"/>. B-T and higher need <see cref="TimestampClient"/>.</value>
    public SignatureLevel Level { get; set; } = SignatureLevel.BaselineB;

    /// <summary>Gets or sets the TSA client for the signature timestamp of B-T and the archive timestamp of B-LTA.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public TimestampClient? TimestampClient { get; set; }

    /// <summary>Gets or sets whether the signed attributes include signing-time (CAdES requires it; PAdES forbids it).</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool IncludeSigningTime { get; set; } = true;

    /// <summary>Gets or sets whether the signer's CA certificates are embedded with the signing certificate.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool IncludeChain { get; set; } = true;
}
