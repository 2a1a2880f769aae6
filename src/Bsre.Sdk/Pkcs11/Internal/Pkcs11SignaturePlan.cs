using System.Security.Cryptography;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Signing;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Pkcs11.Internal;

/// <summary>
/// How one <see cref="SignatureRequest"/> is signed on a token: the mechanism and what it is given. The raw
/// mechanisms over the digest come first (CKM_RSA_PKCS over a DigestInfo, CKM_RSA_PKCS_PSS, CKM_ECDSA), as nearly
/// every token has them; the hash-and-sign ones over the signed attributes are the fallback (PKCS#11 v2.40 Current
/// Mechanisms §2.1, §2.3).
/// </summary>
internal sealed class Pkcs11SignaturePlan
{
    private Pkcs11SignaturePlan(CKM mechanism, byte[] data, (CKM Hash, CKG Mgf, int SaltLength)? pss = null, bool ecdsa = false)
    {
        Mechanism = mechanism;
        Data = data;
        Pss = pss;
        Ecdsa = ecdsa;
    }

    public CKM Mechanism { get; }

    public byte[] Data { get; }

    public (CKM Hash, CKG Mgf, int SaltLength)? Pss { get; }

    /// <summary>Gets whether the token returns r || s (PKCS#11 §2.3.1), which CMS wants as a DER ECDSA-Sig-Value (RFC 5753).</summary>
    public bool Ecdsa { get; }

    public static Pkcs11SignaturePlan For(SignatureRequest request, CKK keyType, IReadOnlySet<CKM> available, string token)
    {
        string hash = request.HashAlgorithm.Name ?? string.Empty;
        Pkcs11SignaturePlan? plan = (request.Scheme, keyType) switch
        {
            (SignatureScheme.RsaPkcs1, CKK.CKK_RSA) => available.Contains(CKM.CKM_RSA_PKCS)
                ? new(CKM.CKM_RSA_PKCS, DigestInfo(request))
                : WithHash(available, request, hash, CKM.CKM_SHA256_RSA_PKCS, CKM.CKM_SHA384_RSA_PKCS, CKM.CKM_SHA512_RSA_PKCS),
            (SignatureScheme.RsaPss, CKK.CKK_RSA) => available.Contains(CKM.CKM_RSA_PKCS_PSS)
                ? new(CKM.CKM_RSA_PKCS_PSS, request.Digest.ToArray(), PssParameters(request.HashAlgorithm))
                : WithHash(available, request, hash, CKM.CKM_SHA256_RSA_PKCS_PSS, CKM.CKM_SHA384_RSA_PKCS_PSS, CKM.CKM_SHA512_RSA_PKCS_PSS) is { } pss
                    ? new(pss.Mechanism, pss.Data, PssParameters(request.HashAlgorithm))
                    : null,
            (SignatureScheme.Ecdsa, CKK.CKK_EC) => available.Contains(CKM.CKM_ECDSA)
                ? new(CKM.CKM_ECDSA, request.Digest.ToArray(), ecdsa: true)
                : WithHash(available, request, hash, CKM.CKM_ECDSA_SHA256, CKM.CKM_ECDSA_SHA384, CKM.CKM_ECDSA_SHA512) is { } ec
                    ? new(ec.Mechanism, ec.Data, ecdsa: true)
                    : null,
            (SignatureScheme.Ed25519, CKK.CKK_EC_EDWARDS) when available.Contains(CKM.CKM_EDDSA) => new(CKM.CKM_EDDSA, request.DataToSign.ToArray()),
            _ => null,
        };
        return plan ?? throw new Pkcs11SignerException(
            Pkcs11ErrorCode.MechanismNotSupported,
            $"The {keyType} key on token '{token}' cannot make {request.Scheme} signatures with {hash}: the token offers no mechanism for it.");
    }

    /// <summary>The mechanism's parameter: CK_RSA_PKCS_PSS_PARAMS (hashAlg, mgf, sLen: three CK_ULONGs) for RSA-PSS, else none.</summary>
    public byte[] Parameter() => Pss is { } pss
        ? [.. Pkcs11Module.ULongValue((ulong)pss.Hash), .. Pkcs11Module.ULongValue((ulong)pss.Mgf), .. Pkcs11Module.ULongValue((ulong)pss.SaltLength)]
        : [];

    /// <summary>Turns the token's output into the signature value CMS carries.</summary>
    public byte[] ToSignatureValue(byte[] output)
    {
        if (!Ecdsa)
        {
            return output;
        }

        int half = output.Length / 2;
        var r = new Org.BouncyCastle.Math.BigInteger(1, output, 0, half);
        var s = new Org.BouncyCastle.Math.BigInteger(1, output, half, half);
        return new DerSequence(new DerInteger(r), new DerInteger(s)).GetEncoded(Asn1Encodable.Der);
    }

    private static Pkcs11SignaturePlan? WithHash(IReadOnlySet<CKM> available, SignatureRequest request, string hash, CKM sha256, CKM sha384, CKM sha512)
    {
        CKM? mechanism = hash switch
        {
            "SHA256" => sha256,
            "SHA384" => sha384,
            "SHA512" => sha512,
            _ => null,
        };
        return mechanism is { } m && available.Contains(m) ? new(m, request.DataToSign.ToArray()) : null;
    }

    /// <summary>The DigestInfo that RSASSA-PKCS1-v1_5 signs (RFC 8017 §9.2), for the raw CKM_RSA_PKCS mechanism.</summary>
    private static byte[] DigestInfo(SignatureRequest request) =>
        new Org.BouncyCastle.Asn1.X509.DigestInfo(new AlgorithmIdentifier(HashAlgorithms.ToOid(request.HashAlgorithm), DerNull.Instance), request.Digest.ToArray())
            .GetEncoded(Asn1Encodable.Der);

    /// <summary>MGF1 over the same hash and a salt as long as the hash, as <see cref="SignatureScheme.RsaPss"/> says (RFC 4056).</summary>
    private static (CKM, CKG, int) PssParameters(HashAlgorithmName hash) => hash.Name switch
    {
        "SHA256" => (CKM.CKM_SHA256, CKG.CKG_MGF1_SHA256, 32),
        "SHA384" => (CKM.CKM_SHA384, CKG.CKG_MGF1_SHA384, 48),
        "SHA512" => (CKM.CKM_SHA512, CKG.CKG_MGF1_SHA512, 64),
        _ => throw new Pkcs11SignerException(Pkcs11ErrorCode.MechanismNotSupported, $"RSA-PSS with {hash.Name} is not supported; use SHA256, SHA384 or SHA512."),
    };
}
