using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;
using Org.BouncyCastle.Cms;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// The legacy adbe.pkcs7.detached form without signed attributes (ETSI EN 319 142-2 PKCS#7 profile): the
/// signature value is over the digest of the signed range itself. The core's CAdES check refuses it, so it is
/// verified here (RSA and ECDSA), then the certificate path goes through the core's engine.
/// </summary>
internal static class PlainCmsVerifier
{
    /// <summary>Returns whether the CMS has exactly one SignerInfo and it has no signed attributes.</summary>
    public static bool Applies(InspectedSignature signature) => signature.Signer is { SignedAttributes: null };

    /// <param name="data">The CMS, parsed.</param>
    /// <param name="signer">Its single SignerInfo.</param>
    /// <param name="content">What the signature value signs the digest of: the signed range, or for adbe.pkcs7.sha1 the encapsulated digest.</param>
    /// <param name="options">The validation options.</param>
    /// <param name="engine">The core's validation engine.</param>
    /// <param name="cancellationToken">Cancels hashing and fetches.</param>
    public static async Task<SignatureValidationResult> VerifyAsync(CmsSignedData data, SignerInformation signer, Stream content, SignatureValidationOptions options, ValidationEngine engine, CancellationToken cancellationToken)
    {
        var outcome = new ResultBuilder("signature");
        X509Certificate2[] embedded = [.. data.GetCertificates().EnumerateMatches(null).Select(Certificates.ToBcl)];
        X509Certificate2? certificate = embedded.Concat(options.ExtraCertificates).FirstOrDefault(c => signer.SignerID.Match(Certificates.ToBouncyCastle(c)));
        if (certificate is null || !HashAlgorithms.TryFromOid(signer.DigestAlgorithmID.Algorithm, out HashAlgorithmName hash))
        {
            return outcome.Fail(ValidationIndication.Indeterminate, SubIndication.NoSigningCertificateFound, FindingCodes.SigningCertificateNotFound, "The signing certificate or the digest algorithm of the PKCS#7 signature is unknown.");
        }

        outcome.Certificate = certificate;
        byte[] digest = await StreamHasher.HashAsync(content, hash, cancellationToken).ConfigureAwait(false);
        if (!VerifyHash(certificate, hash, digest, signer.GetSignature()))
        {
            return outcome.Fail(ValidationIndication.TotalFailed, SubIndication.SigCryptoFailure, FindingCodes.SignatureValueInvalid, "The PKCS#7 signature value does not match the signed range.");
        }

        outcome.Warn(FindingCodes.LegacyPkcs7, "The signature has no signed attributes (legacy PKCS#7): nothing binds the signing certificate or a claimed signing time to it.");
        PathValidationResult path = await engine.ValidateAsync(certificate, [.. embedded, .. options.ExtraCertificates], CertificateUsage.Signature, RevocationEvidence.Empty, null, outcome.Findings, cancellationToken).ConfigureAwait(false);
        outcome.Judge(engine.Crypto.Judge("signature", SignatureAlgorithms.DigestsOf(signer), certificate, engine.Now, null));
        outcome.Path(path);
        if (path.IsValid)
        {
            outcome.Judge(engine.Crypto.JudgeChain(path.Chain, engine.Now, null));
        }

        return outcome.Result;
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
