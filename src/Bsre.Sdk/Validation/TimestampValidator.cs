using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Validation;

/// <summary>
/// Validates an RFC 3161 timestamp token over the data it stamps (a PDF document timestamp, a detached token): its
/// message imprint over the streamed data, its signature, its TSA's path (EN 319 102-1 §5.4) and the cryptographic
/// policy, at the validation time or, for a certificate no longer valid, at a time a later timestamp proves.
/// </summary>
/// <example>
/// <code>
/// var validator = new TimestampValidator(options);
/// await using var data = File.OpenRead("contract.pdf");
/// SignatureValidationResult result = await validator.ValidateAsync(File.ReadAllBytes("contract.tsr"), data);
/// </code>
/// </example>
public sealed class TimestampValidator
{
    private readonly SignatureValidationOptions _options;
    private readonly ValidationEngine _engine;

    /// <summary>Creates a validator.</summary>
    /// <param name="options">Trust anchors, time, revocation and network settings.</param>
    /// <param name="httpClient">The client for OCSP, CRL and AIA fetches; <see langword="null"/> uses one shared by the process. Never used when <see cref="SignatureValidationOptions.Offline"/> is set.</param>
    /// <param name="timeProvider">The clock of "now" when <see cref="SignatureValidationOptions.ValidationTime"/> is not set, and of OCSP freshness; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="revocationCache">The cache of fetched OCSP responses and CRLs: give every validator of a process the same one (backed by an <c>IDistributedCache</c> to share it across servers); <see langword="null"/> for the process-wide in-memory cache.</param>
    public TimestampValidator(SignatureValidationOptions options, HttpClient? httpClient = null, TimeProvider? timeProvider = null, RevocationCache? revocationCache = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _engine = new ValidationEngine(options, httpClient, timeProvider, revocationCache);
    }

    /// <summary>Validates <paramref name="token"/> over <paramref name="content"/>.</summary>
    /// <param name="token">The DER TimeStampToken (a CMS SignedData).</param>
    /// <param name="content">The stamped data, streamed from its current position to its end.</param>
    /// <param name="proofOfExistence">The time a later timestamp proves this one existed at, if any.</param>
    /// <param name="cancellationToken">Cancels hashing and fetches.</param>
    /// <returns>
    /// The result (id <c>timestamp</c>, kind <see cref="SignatureKind.DocumentTimestamp"/>): the TSA certificate as
    /// signing certificate and the generation time as signing and timestamp time. A token that cannot be decoded is
    /// TOTAL_FAILED with <see cref="FindingCodes.TimestampUnreadable"/>.
    /// </returns>
    public async Task<SignatureValidationResult> ValidateAsync(ReadOnlyMemory<byte> token, Stream content, DateTimeOffset? proofOfExistence = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var outcome = new ResultBuilder("timestamp") { Kind = SignatureKind.DocumentTimestamp };
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

        X509Certificate2? tsa = timestamp.TsaCertificate ?? FindTsa(timestamp, _options.ExtraCertificates);
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

        PathValidationResult path = await _engine.ValidateAsync(
            tsa, [.. timestamp.Certificates, .. _options.ExtraCertificates], CertificateUsage.Timestamping, RevocationEvidence.Empty, proofOfExistence, outcome.Findings, cancellationToken).ConfigureAwait(false);
        outcome.Path(path);
        if (path.IsValid)
        {
            // Judged at the validation time, or at the time a later timestamp proves this one existed.
            CryptoVerdict crypto = _engine.Crypto.Judge("document timestamp", timestamp.Digests, tsa, _engine.Now, proofOfExistence);
            outcome.Judge(crypto.Accepted ? _engine.Crypto.JudgeChain(path.Chain, _engine.Now, proofOfExistence) : crypto);
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
