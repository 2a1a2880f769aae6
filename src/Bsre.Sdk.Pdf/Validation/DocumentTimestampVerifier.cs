using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>Validates a document timestamp (/SubFilter /ETSI.RFC3161): its imprint over the signed range, its signature, and its TSA's path.</summary>
internal static class DocumentTimestampVerifier
{
    /// <param name="token">The RFC 3161 token from /Contents.</param>
    /// <param name="content">The signed range, streamed.</param>
    /// <param name="options">Options with the document's DSS evidence.</param>
    /// <param name="engine">The core's validation engine.</param>
    /// <param name="provenTime">The time a later document timestamp proves this one existed at, if any.</param>
    /// <param name="cancellationToken">Cancels hashing and fetches.</param>
    public static async Task<SignatureValidationResult> VerifyAsync(
        byte[] token, Stream content, SignatureValidationOptions options, ValidationEngine engine, DateTimeOffset? provenTime, CancellationToken cancellationToken)
    {
        var outcome = new ResultBuilder("timestamp");
        TimestampToken timestamp;
        try
        {
            timestamp = TimestampToken.Decode(token);
        }
        catch (DocumentFormatException e)
        {
            return outcome.Fail(ValidationIndication.TotalFailed, SubIndication.FormatFailure, FindingCodes.TimestampUnreadable, e.Message);
        }

        outcome.SigningTime = timestamp.GenerationTime;
        outcome.TimestampTime = timestamp.GenerationTime;
        byte[] digest = await StreamHasher.HashAsync(content, timestamp.HashAlgorithm, cancellationToken).ConfigureAwait(false);
        if (!CryptographicOperations.FixedTimeEquals(digest, timestamp.MessageImprint.Span))
        {
            return outcome.Fail(ValidationIndication.TotalFailed, SubIndication.HashFailure, FindingCodes.TimestampImprintMismatch, "The document timestamp's imprint does not match the signed bytes: the document was changed after timestamping.");
        }

        X509Certificate2? tsa = timestamp.TsaCertificate ?? FindTsa(timestamp, options.ExtraCertificates);
        if (tsa is null)
        {
            return outcome.Fail(ValidationIndication.Indeterminate, SubIndication.NoSigningCertificateFound, FindingCodes.SigningCertificateNotFound, "The document timestamp's TSA certificate is neither in the token nor in the document.");
        }

        outcome.Certificate = tsa;
        try
        {
            timestamp.VerifySignature(tsa);
        }
        catch (TimestampException e)
        {
            return outcome.Fail(ValidationIndication.TotalFailed, SubIndication.SigCryptoFailure, FindingCodes.TimestampSignatureInvalid, e.Message);
        }

        PathValidationResult path = await engine.ValidateAsync(
            tsa, [.. timestamp.Certificates, .. options.ExtraCertificates], CertificateUsage.Timestamping, RevocationEvidence.Empty, provenTime, outcome.Findings, cancellationToken).ConfigureAwait(false);
        outcome.Path(path);
        if (path.IsValid)
        {
            // Judged at the validation time, or at the time a later document timestamp proves this one existed.
            CryptoVerdict crypto = engine.Crypto.Judge("document timestamp", timestamp.Digests, tsa, engine.Now, provenTime);
            outcome.Judge(crypto.Accepted ? engine.Crypto.JudgeChain(path.Chain, engine.Now, provenTime) : crypto);
        }

        return outcome.Result;
    }

    private static X509Certificate2? FindTsa(TimestampToken token, X509Certificate2Collection candidates)
    {
        foreach (X509Certificate2 candidate in candidates)
        {
            try
            {
                token.VerifySignature(candidate);
                return candidate;
            }
            catch (TimestampException)
            {
                // not this one
            }
        }

        return null;
    }
}
