using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Validation.Revocation;
using Org.BouncyCastle.Cms;

namespace Bsre.Sdk.Validation;

/// <summary>
/// A SignerInfo without signed attributes (the legacy PKCS#7 form PDF's adbe.pkcs7.detached allows, ETSI EN 319 142-2):
/// the signature value is over the digest of the content itself (RSA PKCS#1 v1.5 and ECDSA), then the certificate path
/// goes through the engine. CAdES refuses the form; <see cref="CadesValidator.AcceptMissingSignedAttributes"/> lets it here.
/// </summary>
internal static class LegacyPkcs7Verifier
{
    /// <param name="result">The result so far: the signing certificate found.</param>
    /// <param name="signer">The SignerInfo.</param>
    /// <param name="certificate">Its signing certificate.</param>
    /// <param name="contentDigests">The content's digests by digest-algorithm OID.</param>
    /// <param name="candidates">Intermediates at hand.</param>
    /// <param name="evidence">Revocation data embedded in the SignedData.</param>
    /// <param name="engine">The validation engine.</param>
    /// <param name="cancellationToken">Cancels fetches.</param>
    public static async Task<SignatureValidationResult> VerifyAsync(
        ResultBuilder result, SignerInformation signer, X509Certificate2 certificate, IReadOnlyDictionary<string, byte[]> contentDigests,
        IReadOnlyCollection<X509Certificate2> candidates, RevocationEvidence evidence, ValidationEngine engine, CancellationToken cancellationToken)
    {
        if (!HashAlgorithms.TryFromOid(signer.DigestAlgorithmID.Algorithm, out HashAlgorithmName hash) || !contentDigests.TryGetValue(signer.DigestAlgorithmID.Algorithm.Id, out byte[]? digest))
        {
            return result.Fail(ValidationIndication.Indeterminate, SubIndication.CryptoConstraintsFailureNoPoe, FindingCodes.AlgorithmUnsupported, $"The digest algorithm {signer.DigestAlgorithmID.Algorithm.Id} of the PKCS#7 signature is not supported (or not among the SignedData digestAlgorithms).");
        }

        if (!VerifyHash(certificate, hash, digest, signer.GetSignature()))
        {
            return result.Fail(ValidationIndication.TotalFailed, SubIndication.SigCryptoFailure, FindingCodes.SignatureValueInvalid, "The PKCS#7 signature value does not match the signed content.");
        }

        result.Warn(FindingCodes.LegacyPkcs7, "The signature has no signed attributes (legacy PKCS#7): nothing binds the signing certificate or a claimed signing time to it.");
        PathValidationResult path = await engine.ValidateAsync(certificate, candidates, CertificateUsage.Signature, evidence, null, result.Findings, cancellationToken).ConfigureAwait(false);
        result.Judge(engine.Crypto.Judge("signature", SignatureAlgorithms.DigestsOf(signer), certificate, engine.Now, null));
        result.Path(path);
        if (path.IsValid)
        {
            result.Judge(engine.Crypto.JudgeChain(path.Chain, engine.Now, null));
        }

        return result.Result;
    }

    private static bool VerifyHash(X509Certificate2 certificate, HashAlgorithmName hash, byte[] digest, byte[] signature)
    {
        using RSA? rsa = certificate.GetRSAPublicKey();
        if (rsa is not null)
        {
            return rsa.VerifyHash(digest, signature, hash, RSASignaturePadding.Pkcs1);
        }

        using ECDsa? ecdsa = certificate.GetECDsaPublicKey();
        return ecdsa is not null && ecdsa.VerifyHash(digest, signature, DSASignatureFormat.Rfc3279DerSequence);
    }
}
