using System.Security.Cryptography;

namespace Bsre.Sdk.Signing;

/// <summary>
/// What a <see cref="Signer"/> is asked to sign: the DER-encoded CMS signed attributes, their
/// digest, and the scheme to apply. Neither reveals the document itself.
/// </summary>
public sealed class SignatureRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="dataToSign">The bytes covered by the signature (DER signed attributes).</param>
    /// <param name="hashAlgorithm">The hash algorithm for <see cref="Digest"/>.</param>
    /// <param name="scheme">The signature scheme to apply.</param>
    public SignatureRequest(ReadOnlyMemory<byte> dataToSign, HashAlgorithmName hashAlgorithm, SignatureScheme scheme)
    {
        DataToSign = dataToSign;
        HashAlgorithm = hashAlgorithm;
        Scheme = scheme;
        Digest = Internal.HashAlgorithms.Hash(hashAlgorithm, dataToSign.Span);
    }

    /// <summary>Gets the bytes covered by the signature. Pure Ed25519 signs these directly.</summary>
    public ReadOnlyMemory<byte> DataToSign { get; }

    /// <summary>Gets the digest of <see cref="DataToSign"/>: what RSA, ECDSA, HSMs and remote services sign.</summary>
    public ReadOnlyMemory<byte> Digest { get; }

    /// <summary>Gets the hash algorithm of <see cref="Digest"/>.</summary>
    public HashAlgorithmName HashAlgorithm { get; }

    /// <summary>Gets the scheme the signature value must use.</summary>
    public SignatureScheme Scheme { get; }
}
