using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>
/// Checks who signed a BasicOCSPResponse (RFC 6960 §4.2.2.2): the certificate's issuer itself, or a delegated responder
/// whose certificate is carried in the response, is issued (and signed) by that same issuer, has the id-kp-OCSPSigning
/// EKU and is valid at producedAt. The delegated responder's own revocation status is not checked (no recursion):
/// CAs mark such certificates id-pkix-ocsp-nocheck, and one without that extension is accepted the same way.
/// Responder certificates found authorised are remembered (by their DER and the issuer's key), since a responder signs
/// many responses with one certificate; the validity window and the response signature are checked every time.
/// </summary>
internal static class OcspResponderAuthorization
{
    private const int MaxRemembered = 1024;
    private static readonly ConcurrentDictionary<string, byte> Authorized = new(StringComparer.Ordinal);

    /// <summary>Finds the authorised signer and verifies the response signature with it.</summary>
    /// <returns>The signer's certificate: the CA's, or the delegated responder's.</returns>
    /// <exception cref="RevocationException"><see cref="RevocationFailure.UnauthorizedSigner"/> or <see cref="RevocationFailure.BadSignature"/>.</exception>
    public static X509Certificate2 VerifySignature(BasicOcspResponse basic, SignedStructure signed, X509Certificate2 issuer, DateTimeOffset producedAt)
    {
        ResponderID responderId = basic.TbsResponseData.ResponderID;
        if (Names(responderId, issuer.SubjectName.RawData, issuer.PublicKey.EncodedKeyValue.RawData))
        {
            Verify(signed, issuer.PublicKey.ExportSubjectPublicKeyInfo(), "the CA");
            return issuer;
        }

        foreach (Asn1Encodable element in basic.Certs ?? new DerSequence())
        {
            X509CertificateStructure candidate = X509CertificateStructure.GetInstance(element);
            if (Names(responderId, candidate.Subject.GetDerEncoded(), candidate.SubjectPublicKeyInfo.PublicKey.GetBytes()))
            {
                CheckDelegation(element.GetDerEncoded(), candidate, issuer, producedAt);
                Verify(signed, candidate.SubjectPublicKeyInfo.GetDerEncoded(), $"the delegated responder '{candidate.Subject}'");
                return Certificates.Load(element.GetDerEncoded());
            }
        }

        string signer = responderId.GetKeyHash() is { } keyHash ? $"the key with SHA-1 hash {Convert.ToHexString(keyHash)}" : $"'{responderId.Name}'";
        throw new RevocationException(
            RevocationFailure.UnauthorizedSigner,
            $"The OCSP response is signed by {signer}, which is neither the CA '{issuer.Subject}' nor a delegated responder certificate included in the response.");
    }

    /// <summary>Forgets the authorised responders (for tests and cold-start benchmarks).</summary>
    internal static void Clear() => Authorized.Clear();

    private static void CheckDelegation(byte[] der, X509CertificateStructure responder, X509Certificate2 issuer, DateTimeOffset producedAt)
    {
        string who = $"The OCSP responder certificate '{responder.Subject}'";
        DateTime at = producedAt.UtcDateTime;
        if (at < responder.StartDate.ToDateTime() || at > responder.EndDate.ToDateTime())
        {
            throw new RevocationException(RevocationFailure.UnauthorizedSigner, $"{who} is not valid at producedAt {producedAt:u}.");
        }

        byte[] issuerKey = issuer.PublicKey.ExportSubjectPublicKeyInfo();
        string memo = Convert.ToBase64String(SHA256.HashData(der)) + Convert.ToBase64String(SHA256.HashData(issuerKey));
        if (Authorized.ContainsKey(memo))
        {
            return;
        }

        if (!DistinguishedNames.Equivalent(responder.Issuer.GetDerEncoded(), issuer.SubjectName.RawData)
            || !SignedStructure.Split(der, "responder certificate").VerifyWith(issuerKey, "responder certificate"))
        {
            throw new RevocationException(RevocationFailure.UnauthorizedSigner, $"{who} is not issued by the CA '{issuer.Subject}'.");
        }

        ExtendedKeyUsage? eku = ExtendedKeyUsage.FromExtensions(responder.TbsCertificate.Extensions);
        if (eku?.HasKeyPurposeId(KeyPurposeID.id_kp_OCSPSigning) != true)
        {
            throw new RevocationException(RevocationFailure.UnauthorizedSigner, $"{who} lacks the id-kp-OCSPSigning extended key usage.");
        }

        if (Authorized.Count >= MaxRemembered)
        {
            Authorized.Clear();
        }

        Authorized[memo] = 0;
    }

    private static void Verify(SignedStructure signed, byte[] subjectPublicKeyInfo, string who)
    {
        if (!signed.VerifyWith(subjectPublicKeyInfo, "OCSP response"))
        {
            throw new RevocationException(RevocationFailure.BadSignature, $"The OCSP response signature does not verify with the key of {who}.");
        }
    }

    /// <summary>Whether the ResponderID names a certificate with this subject and public key bits (byName, or byKey = SHA-1 of the key bits).</summary>
    private static bool Names(ResponderID responderId, byte[] subject, byte[] publicKeyBits)
        => responderId.GetKeyHash() is { } keyHash
            ? keyHash.AsSpan().SequenceEqual(HashAlgorithms.Hash(HashAlgorithmName.SHA1, publicKeyBits))
            : responderId.Name is { } name && DistinguishedNames.Equivalent(name.GetDerEncoded(), subject);
}
