using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Cms;

namespace Bsre.Sdk.Cms;

/// <summary>One SignerInfo of a <see cref="CmsSignature"/> (RFC 5652 §5.3): what it claims, not yet validated.</summary>
public sealed class CmsSignerInfo
{
    internal CmsSignerInfo(SignerInformation signer, IReadOnlyList<X509Certificate2> embedded)
    {
        SignerID selector = signer.SignerID;
        Certificate = embedded.FirstOrDefault(c => selector.Match(Internal.Certificates.ToBouncyCastle(c)));
        DigestAlgorithm = HashAlgorithms.TryFromOid(signer.DigestAlgorithmID.Algorithm, out HashAlgorithmName algorithm) ? algorithm : null;
        HasSignedAttributes = signer.SignedAttributes is not null;
        HasSigningCertificateReference = SignerAttributes.HasSigningCertificateReference(signer.SignedAttributes);
        MessageDigest = SignerAttributes.MessageDigest(signer.SignedAttributes) is { } digest ? digest : null;
        SigningTime = SignerAttributes.SigningTime(signer.SignedAttributes);
        TimestampTokens = [.. signer.UnsignedAttributes?.GetAll(PkcsObjectIdentifiers.IdAASignatureTimeStampToken).Cast<Org.BouncyCastle.Asn1.Cms.Attribute>()
            .SelectMany(a => a.AttrValues.Cast<Asn1Encodable>()).Select(v => (ReadOnlyMemory<byte>)v.GetEncoded(Asn1Encodable.Der)) ?? []];
    }

    /// <summary>Gets the embedded certificate the SignerInfo's sid names, or <see langword="null"/> when the SignedData does not carry it.</summary>
    public X509Certificate2? Certificate { get; }

    /// <summary>Gets the SignerInfo's digest algorithm, or <see langword="null"/> when it is not one known here.</summary>
    public HashAlgorithmName? DigestAlgorithm { get; }

    /// <summary>Gets whether the SignerInfo has signed attributes (CAdES requires them; legacy PKCS#7 may lack them).</summary>
    public bool HasSignedAttributes { get; }

    /// <summary>Gets whether the signed attributes hold an ESS signing-certificate(-v2) reference, which a baseline signature must (EN 319 122-1 §5.2.2).</summary>
    public bool HasSigningCertificateReference { get; }

    /// <summary>Gets the message-digest attribute's value, or <see langword="null"/> when absent.</summary>
    public ReadOnlyMemory<byte>? MessageDigest { get; }

    /// <summary>Gets the claimed signing-time attribute, or <see langword="null"/> when absent or malformed.</summary>
    public DateTimeOffset? SigningTime { get; }

    /// <summary>Gets the DER RFC 3161 tokens of the signature-time-stamp attributes (unsigned), in their order.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> TimestampTokens { get; }
}
