using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Signing;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.EdEC;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Asn1.X9;

namespace Bsre.Sdk.Internal;

/// <summary>Signature algorithm identifiers for CMS (RFC 5754, 4056, 5753, 8419) and verification with them.</summary>
internal static class SignatureAlgorithms
{
    public static AlgorithmIdentifier ToAlgorithmIdentifier(SignatureScheme scheme, HashAlgorithmName hash) => scheme switch
    {
        SignatureScheme.RsaPkcs1 => new AlgorithmIdentifier(hash.Name switch
        {
            "SHA256" => PkcsObjectIdentifiers.Sha256WithRsaEncryption,
            "SHA384" => PkcsObjectIdentifiers.Sha384WithRsaEncryption,
            "SHA512" => PkcsObjectIdentifiers.Sha512WithRsaEncryption,
            _ => throw Unsupported(hash),
        }, DerNull.Instance),
        SignatureScheme.RsaPss => new AlgorithmIdentifier(PkcsObjectIdentifiers.IdRsassaPss, PssParameters(hash)),
        SignatureScheme.Ecdsa => new AlgorithmIdentifier(hash.Name switch
        {
            "SHA256" => X9ObjectIdentifiers.ECDsaWithSha256,
            "SHA384" => X9ObjectIdentifiers.ECDsaWithSha384,
            "SHA512" => X9ObjectIdentifiers.ECDsaWithSha512,
            _ => throw Unsupported(hash),
        }),
        SignatureScheme.Ed25519 => new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519),
        _ => throw new ArgumentOutOfRangeException(nameof(scheme)),
    };

    /// <summary>Verifies <paramref name="signature"/> over <paramref name="data"/> with the certificate's public key.</summary>
    /// <returns><see langword="false"/> when the signature does not verify; throws <see cref="NotSupportedException"/> for unknown algorithms.</returns>
    public static bool Verify(AlgorithmIdentifier algorithm, HashAlgorithmName digestAlgorithm, X509Certificate2 certificate, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        string oid = algorithm.Algorithm.Id;
        if (oid == EdECObjectIdentifiers.id_Ed25519.Id)
        {
            // RFC 8410 §3: an Ed25519 key is id-Ed25519 with 32 bytes of key; anything else cannot verify an Ed25519 signature
            byte[] key = certificate.PublicKey.EncodedKeyValue.RawData;
            if (certificate.PublicKey.Oid.Value != EdECObjectIdentifiers.id_Ed25519.Id || key.Length != Org.BouncyCastle.Crypto.Parameters.Ed25519PublicKeyParameters.KeySize)
            {
                throw KeyMismatch(certificate, "Ed25519");
            }

            var verifier = new Org.BouncyCastle.Crypto.Signers.Ed25519Signer();
            verifier.Init(false, new Org.BouncyCastle.Crypto.Parameters.Ed25519PublicKeyParameters(key));
            verifier.BlockUpdate(data);
            return verifier.VerifySignature(signature.ToArray());
        }

        if (oid == PkcsObjectIdentifiers.IdRsassaPss.Id)
        {
            var pss = RsassaPssParameters.GetInstance(algorithm.Parameters);
            HashAlgorithmName pssHash = HashAlgorithms.FromOid(pss.HashAlgorithm.Algorithm);
            if (!pss.SaltLength.HasValue(HashAlgorithms.SizeInBytes(pssHash)))
            {
                throw new NotSupportedException("RSA-PSS with a salt length other than the hash length is not supported.");
            }

            using RSA rsaPss = certificate.GetRSAPublicKey() ?? throw KeyMismatch(certificate, "RSA-PSS");
            return rsaPss.VerifyHash(HashAlgorithms.Hash(pssHash, data), signature, pssHash, RSASignaturePadding.Pss);
        }

        HashAlgorithmName hash = HashFromSignatureOid(oid) ?? digestAlgorithm;
        byte[] digest = HashAlgorithms.Hash(hash, data);
        if (oid.StartsWith("1.2.840.113549.1.1.", StringComparison.Ordinal))
        {
            using RSA rsa = certificate.GetRSAPublicKey() ?? throw KeyMismatch(certificate, "RSA");
            return rsa.VerifyHash(digest, signature, hash, RSASignaturePadding.Pkcs1);
        }

        if (oid.StartsWith("1.2.840.10045.", StringComparison.Ordinal))
        {
            using ECDsa ecdsa = certificate.GetECDsaPublicKey() ?? throw KeyMismatch(certificate, "ECDSA");
            return ecdsa.VerifyHash(digest, signature, DSASignatureFormat.Rfc3279DerSequence);
        }

        throw new NotSupportedException($"Signature algorithm {oid} is not supported.");
    }

    private static HashAlgorithmName? HashFromSignatureOid(string oid) => oid switch
    {
        "1.2.840.113549.1.1.11" or "1.2.840.10045.4.3.2" => HashAlgorithmName.SHA256,
        "1.2.840.113549.1.1.12" or "1.2.840.10045.4.3.3" => HashAlgorithmName.SHA384,
        "1.2.840.113549.1.1.13" or "1.2.840.10045.4.3.4" => HashAlgorithmName.SHA512,
        "1.2.840.113549.1.1.5" or "1.2.840.10045.4.1" => HashAlgorithmName.SHA1,
        _ => null,
    };

    private static RsassaPssParameters PssParameters(HashAlgorithmName hash)
    {
        var hashId = new AlgorithmIdentifier(HashAlgorithms.ToOid(hash), DerNull.Instance);
        return new RsassaPssParameters(
            hashId,
            new AlgorithmIdentifier(PkcsObjectIdentifiers.IdMgf1, hashId),
            DerInteger.ValueOf(HashAlgorithms.SizeInBytes(hash)),
            DerInteger.One);
    }

    private static ArgumentException Unsupported(HashAlgorithmName hash)
        => new($"Hash algorithm '{hash.Name}' is not supported for signing; use SHA256, SHA384 or SHA512.");

    private static CryptographicException KeyMismatch(X509Certificate2 certificate, string expected)
        => new($"The signature algorithm is {expected} but the certificate '{certificate.Subject}' has another key type.");
}
