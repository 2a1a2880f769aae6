using System.Security.Cryptography;
using Bsre.Sdk.Cms;
using Bsre.Sdk.Internal;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Signing;

/// <summary>The size of a signature before it is made: a dry run of the CMS assembly.</summary>
public sealed partial class CadesSigner
{
    /// <summary>
    /// Returns an upper bound, in bytes, of the detached CMS that <see cref="SignDigestAsync"/> makes with
    /// <paramref name="certificates"/> up to B-T, by a dry run of its assembly: the same signed attributes, SignerInfo and
    /// embedded certificates with the longest signature value the key can give (the RSA modulus, a DER ECDSA pair, 64 bytes
    /// for Ed25519) and, when <paramref name="timestampTokenSize"/> is positive, a signature-time-stamp attribute holding a
    /// token of that size. No key operation and no TSA request are made; B-LT's validation data and B-LTA's archive
    /// timestamp are not counted. A PDF signature's /Contents is reserved from it before the digest exists.
    /// </summary>
    /// <param name="certificates">The signing certificate and the chain, as <see cref="Signer.GetCertificatesAsync"/> gives them.</param>
    /// <param name="hashAlgorithm">The content digest's algorithm.</param>
    /// <param name="timestampTokenSize">The size of the signature timestamp token in bytes, or 0 for none.</param>
    /// <returns>The largest size of the DER ContentInfo.</returns>
    /// <exception cref="ArgumentException">The key is Ed25519 and the algorithm is not SHA-512 (RFC 8419).</exception>
    /// <exception cref="SigningKeyException">The options' <see cref="CadesSignatureOptions.SignatureScheme"/> is not one the key can make.</exception>
    public int EstimateSize(SignerCertificates certificates, HashAlgorithmName hashAlgorithm, int timestampTokenSize = 0)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        ArgumentOutOfRangeException.ThrowIfNegative(timestampTokenSize);
        X509Certificate2 certificate = certificates.SigningCertificate;
        SignatureScheme scheme = SchemeFor(certificate, hashAlgorithm);
        DerSet signedAttributes = SignedAttributes(certificate, new byte[HashAlgorithms.SizeInBytes(hashAlgorithm)]);
        SignerInfo info = SignerInfoOf(certificate, signedAttributes, hashAlgorithm, scheme, new byte[MaxSignatureSize(certificate)]);
        if (timestampTokenSize > 0)
        {
            // an OCTET STRING of the token's size encodes a little longer than the token: an upper bound
            byte[] token = new DerOctetString(new byte[timestampTokenSize]).GetEncoded(Asn1Encodable.Der);
            info = new SignerInfo(info.SignerID, info.DigestAlgorithm, info.SignedAttrs, info.SignatureAlgorithm, info.Signature, new DerSet(CmsAttributeFactory.SignatureTimestamp(token)));
        }

        return Writer(Embedded(certificates), hashAlgorithm, info).EncodeDetached().Length;
    }

    /// <summary>The longest signature value of the certificate's key: the RSA modulus, a DER ECDSA pair (RFC 3279 §2.2.3), or 64 bytes for Ed25519 (RFC 8032).</summary>
    private static int MaxSignatureSize(X509Certificate2 certificate)
    {
        using RSA? rsa = certificate.GetRSAPublicKey();
        if (rsa is not null)
        {
            return (rsa.KeySize + 7) / 8;
        }

        using ECDsa? ecdsa = certificate.GetECDsaPublicKey();
        if (ecdsa is not null)
        {
            // SEQUENCE { INTEGER r, INTEGER s }: each up to one byte longer than the field (sign byte), with 2-byte headers
            int field = (ecdsa.KeySize + 7) / 8;
            return (2 * (field + 3)) + 3;
        }

        return 64;
    }
}
