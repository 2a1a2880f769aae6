using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Cms;
using Bsre.Sdk.Diagnostics;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Validation.Revocation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Org.BouncyCastle.Cms;

namespace Bsre.Sdk.Validation;

/// <summary>
/// Validates CMS/CAdES signatures, attached or detached: every SignerInfo's content digest,
/// signature value, signing-certificate binding, signature timestamp, and certificate chain.
/// Large attached or detached content is streamed, never loaded whole.
/// </summary>
/// <example>
/// <code>
/// var options = new SignatureValidationOptions();
/// options.TrustAnchors.Add(bsreRoot);
/// await using var signature = File.OpenRead("contract.p7s");
/// await using var content = File.OpenRead("contract.pdf");
/// ValidationReport report = await new CadesValidator(options).ValidateAsync(signature, content);
/// </code>
/// </example>
public sealed class CadesValidator
{
    private readonly SignatureValidationOptions _options;
    private readonly ValidationEngine _engine;
    private readonly ILogger _logger;

    /// <summary>Creates a validator.</summary>
    /// <param name="options">Trust anchors, time, revocation and network settings.</param>
    /// <param name="httpClient">
    /// The client for OCSP, CRL and AIA fetches (from <c>IHttpClientFactory</c> in hosted apps);
    /// <see langword="null"/> uses one shared by the process. Never used when <see cref="SignatureValidationOptions.Offline"/> is set.
    /// </param>
    /// <param name="timeProvider">The clock of "now" when <see cref="SignatureValidationOptions.ValidationTime"/> is not set, and of OCSP freshness; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="revocationCache">The cache of fetched OCSP responses and CRLs: give every validator of a process the same one (backed by an <c>IDistributedCache</c> to share it across servers); <see langword="null"/> for the process-wide in-memory cache.</param>
    /// <param name="loggerFactory">Creates the logger (event ids 3000-3999); <see langword="null"/> for none.</param>
    public CadesValidator(SignatureValidationOptions options, HttpClient? httpClient = null, TimeProvider? timeProvider = null, RevocationCache? revocationCache = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<CadesValidator>();
        _options = options;
        _engine = new ValidationEngine(options, httpClient, timeProvider, revocationCache);
    }

    /// <summary>
    /// Gets whether signed attributes that are not in DER order are accepted when the signature verifies over them as
    /// received: for the PKCS#7 profile of PDF (adbe.pkcs7.*), as Acrobat, NSS and OpenSSL accept them. CAdES, and
    /// PAdES ETSI.CAdES.detached, require DER (EN 319 122-1, RFC 5652 §5.4): there such a signature is HASH_FAILURE.
    /// </summary>
    public bool AcceptSignedAttributesAsReceived { get; init; }

    /// <summary>
    /// Gets whether a SignerInfo without signed attributes (legacy PKCS#7, which PDF's adbe.pkcs7.detached allows) is
    /// verified with its signature value over the content's digest, and passes with the warning
    /// <see cref="FindingCodes.LegacyPkcs7"/>: nothing then binds the signing certificate or a time to it. CAdES requires
    /// signed attributes (EN 319 122-1 §5.1): without this, such a signature is TOTAL_FAILED with <see cref="FindingCodes.SignedAttributesMissing"/>.
    /// </summary>
    public bool AcceptMissingSignedAttributes { get; init; }

    /// <summary>Validates every SignerInfo of a CMS signature.</summary>
    /// <param name="signature">The CMS (DER or BER; PEM is not accepted).</param>
    /// <param name="detachedContent">The signed content for a detached signature, else <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per SignerInfo; none when the SignedData carries no SignerInfo.</returns>
    /// <exception cref="DocumentFormatException">The signature is not CMS SignedData (garbage, truncated, empty).</exception>
    public Task<ValidationReport> ValidateAsync(Stream signature, Stream? detachedContent = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return MeasuredAsync(() => ValidateStreamAsync(signature, detachedContent, cancellationToken));
    }

    /// <summary>
    /// Validates every SignerInfo of a signature decoded once by <see cref="CmsSignature.Decode"/>, at the validation time
    /// of this validator's options: the same checks as the stream overload, without decoding the CMS again.
    /// </summary>
    /// <param name="signature">The decoded CMS.</param>
    /// <param name="detachedContent">The signed content for a detached signature (streamed from its position to its end), else <see langword="null"/>; ignored when the CMS encapsulates its content.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per SignerInfo; none when the SignedData carries no SignerInfo.</returns>
    public Task<ValidationReport> ValidateAsync(CmsSignature signature, Stream? detachedContent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return MeasuredAsync(() => ValidateDecodedAsync(signature, detachedContent, cancellationToken));
    }

    private async Task<ValidationReport> MeasuredAsync(Func<Task<ValidationReport>> validate)
    {
        using var telemetry = TelemetryScope.Start(BsreTelemetry.Source, "bsre.cades.validate", BsreTelemetry.CadesValidationDuration);
        try
        {
            ValidationReport report = await validate().ConfigureAwait(false);
            telemetry.Validated(report, BsreTelemetry.ValidatedSignatures);
            CmsLog.SignaturesValidated(_logger, report.Signatures.Count, report.Indication, (long)telemetry.Elapsed.TotalMilliseconds);
            return report;
        }
        catch (Exception e)
        {
            telemetry.Fail(e);
            CmsLog.ValidationFailed(_logger, e.GetType().Name, e);
            throw;
        }
    }

    private async Task<ValidationReport> ValidateStreamAsync(Stream signature, Stream? detachedContent, CancellationToken cancellationToken)
    {
        if (signature.CanSeek && signature.Position >= signature.Length)
        {
            throw new DocumentFormatException("The signature is empty: no CMS SignedData to validate.");
        }

        using var parser = CmsInput.Open(signature);
        HashAlgorithmName[] algorithms = DecodedSignedData.DigestAlgorithmsOf(parser);
        Stream? encapsulated = CmsInput.Parse(() => parser.GetSignedContent()?.ContentStream);
        Dictionary<string, byte[]>? digests = null;
        if (encapsulated is not null)
        {
            // reading the encapsulated content decodes BER: its errors are the CMS's
            digests = await CmsInput.ParseAsync(() => DigestsAsync(encapsulated, algorithms, cancellationToken)).ConfigureAwait(false);
        }
        else if (detachedContent is not null)
        {
            digests = await DigestsAsync(detachedContent, algorithms, cancellationToken).ConfigureAwait(false);
        }

        return await VerifySignersAsync(DecodedSignedData.Read(parser), digests, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ValidationReport> ValidateDecodedAsync(CmsSignature signature, Stream? detachedContent, CancellationToken cancellationToken)
    {
        Stream? content = signature.IsDetached ? detachedContent : new MemoryStream(signature.Encapsulated!, writable: false);
        Dictionary<string, byte[]>? digests = content is null ? null : await DigestsAsync(content, signature.Decoded.DigestAlgorithms, cancellationToken).ConfigureAwait(false);
        return await VerifySignersAsync(signature.Decoded, digests, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The content's digests, one pass for every algorithm, by digest-algorithm OID.</summary>
    private static async Task<Dictionary<string, byte[]>> DigestsAsync(Stream content, HashAlgorithmName[] algorithms, CancellationToken cancellationToken)
    {
        byte[][] values = await StreamHasher.HashAsync(content, algorithms, cancellationToken).ConfigureAwait(false);
        return algorithms.Select(HashAlgorithms.OidOf).Zip(values).ToDictionary(p => p.First, p => p.Second);
    }

    private async Task<ValidationReport> VerifySignersAsync(DecodedSignedData signedData, Dictionary<string, byte[]>? digests, CancellationToken cancellationToken)
    {
        var verifier = new CadesSignerVerifier(_options, _engine, signedData.Certificates, signedData.Evidence, signedData.Contents)
        {
            AcceptSignedAttributesAsReceived = AcceptSignedAttributesAsReceived,
            AcceptMissingSignedAttributes = AcceptMissingSignedAttributes,
        };
        var results = new List<SignatureValidationResult>();
        foreach (SignerInformation signer in signedData.Signers)
        {
            results.Add(await verifier.VerifyAsync($"SignerInfo {results.Count + 1}", signer, digests, cancellationToken).ConfigureAwait(false));
        }

        return new ValidationReport(results);
    }
}
