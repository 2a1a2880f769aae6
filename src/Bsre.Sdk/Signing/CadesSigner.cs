using System.Security.Cryptography;
using Bsre.Sdk.Cms;
using Bsre.Sdk.Diagnostics;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using X509Certificate2 = System.Security.Cryptography.X509Certificates.X509Certificate2;

namespace Bsre.Sdk.Signing;

/// <summary>
/// Makes CAdES baseline signatures (ETSI EN 319 122-1, B-B to B-LTA) as CMS SignedData: detached
/// or with the content attached, with content-type, message-digest, signing-certificate-v2 and
/// (optionally) signing-time signed attributes in DER order, and the certificate chain embedded.
/// </summary>
/// <example>
/// <code>
/// using var signer = LocalSigner.FromPkcs12File("signer.p12", password);
/// await using var content = File.OpenRead("contract.xml");
/// byte[] cms = await new CadesSigner(signer).SignDetachedAsync(content);
/// </code>
/// </example>
public sealed partial class CadesSigner
{
    private readonly Signer _signer;
    private readonly CadesSignatureOptions _options;
    private readonly HttpClient? _httpClient;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    /// <summary>Creates a signature builder.</summary>
    /// <param name="signer">Makes the signature value.</param>
    /// <param name="options">How to build the signature; defaults to B-B with SHA-256.</param>
    /// <param name="httpClient">The client for the OCSP and CRL fetches of B-LT and B-LTA; <see langword="null"/> uses one shared by the process.</param>
    /// <param name="timeProvider">The clock of signing-time and of the B-LT revocation data; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="loggerFactory">Creates the logger (event ids 2000-2999); <see langword="null"/> for none.</param>
    public CadesSigner(Signer signer, CadesSignatureOptions? options = null, HttpClient? httpClient = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(signer);
        _signer = signer;
        _httpClient = httpClient;
        _clock = timeProvider ?? TimeProvider.System;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<CadesSigner>();
        _options = options ?? new CadesSignatureOptions();
        if (_options.Level >= SignatureLevel.BaselineT && _options.TimestampClient is null)
        {
            throw new ArgumentException("B-T, B-LT and B-LTA signatures need CadesSignatureOptions.TimestampClient.", nameof(options));
        }
    }

    /// <summary>Signs a stream's content and returns a detached CMS signature (DER).</summary>
    /// <param name="content">The content, read once to its end in large chunks.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The DER-encoded ContentInfo with SignedData.</returns>
    public async Task<byte[]> SignDetachedAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        SignerCertificates certificates = await _signer.GetCertificatesAsync(cancellationToken).ConfigureAwait(false);
        HashAlgorithmName hash = DigestAlgorithmFor(certificates);
        byte[] digest = await StreamHasher.HashAsync(content, hash, cancellationToken).ConfigureAwait(false);
        var writer = await BuildAsync(certificates, digest, hash, cancellationToken).ConfigureAwait(false);
        return writer.EncodeDetached();
    }

    /// <summary>Signs a precomputed content digest and returns a detached CMS signature (DER), as PAdES and remote callers need.</summary>
    /// <param name="contentDigest">The digest of the content.</param>
    /// <param name="hashAlgorithm">The algorithm that made <paramref name="contentDigest"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The DER-encoded ContentInfo with SignedData.</returns>
    public async Task<byte[]> SignDigestAsync(ReadOnlyMemory<byte> contentDigest, HashAlgorithmName hashAlgorithm, CancellationToken cancellationToken = default)
    {
        if (contentDigest.Length != HashAlgorithms.SizeInBytes(hashAlgorithm))
        {
            throw new ArgumentException($"The digest is {contentDigest.Length} bytes; {hashAlgorithm.Name} digests are {HashAlgorithms.SizeInBytes(hashAlgorithm)}.", nameof(contentDigest));
        }

        SignerCertificates certificates = await _signer.GetCertificatesAsync(cancellationToken).ConfigureAwait(false);
        var writer = await BuildAsync(certificates, contentDigest, hashAlgorithm, cancellationToken).ConfigureAwait(false);
        return writer.EncodeDetached();
    }

    /// <summary>Signs a stream's content and writes a CMS signature that carries the content (DER).</summary>
    /// <param name="content">The content: a seekable stream, read twice (hash, then copy).</param>
    /// <param name="output">Where the signature is written.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the signature is written.</returns>
    public async Task SignAttachedAsync(Stream content, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(output);
        if (!content.CanSeek)
        {
            throw new ArgumentException("Attached signing reads the content twice and needs a seekable stream (a file or a MemoryStream).", nameof(content));
        }

        long start = content.Position;
        SignerCertificates certificates = await _signer.GetCertificatesAsync(cancellationToken).ConfigureAwait(false);
        HashAlgorithmName hash = DigestAlgorithmFor(certificates);
        byte[] digest = await StreamHasher.HashAsync(content, hash, cancellationToken).ConfigureAwait(false);
        long length = content.Position - start;
        var writer = await BuildAsync(certificates, digest, hash, cancellationToken).ConfigureAwait(false);
        content.Position = start;
        await writer.WriteAttachedAsync(content, length, output, cancellationToken).ConfigureAwait(false);
    }

    private HashAlgorithmName DigestAlgorithmFor(SignerCertificates certificates)
        => Signer.DefaultScheme(certificates.SigningCertificate) == SignatureScheme.Ed25519 ? HashAlgorithmName.SHA512 : _options.HashAlgorithm;

    /// <summary>Builds the SignedData, traced as <c>bsre.cades.sign</c> and logged with the certificate's thumbprint.</summary>
    private async Task<SignedDataWriter> BuildAsync(SignerCertificates certificates, ReadOnlyMemory<byte> digest, HashAlgorithmName hash, CancellationToken cancellationToken)
    {
        using var telemetry = TelemetryScope.Start(BsreTelemetry.Source, "bsre.cades.sign", BsreTelemetry.CadesSignDuration);
        telemetry.SetTag("bsre.signature.level", _options.Level.ToString());
        telemetry.SetTag("bsre.hash.algorithm", hash.Name);
        string thumbprint = certificates.SigningCertificate.GetCertHashString(HashAlgorithmName.SHA256);
        try
        {
            var (writer, scheme) = await BuildCoreAsync(certificates, digest, hash, cancellationToken).ConfigureAwait(false);
            CmsLog.SignatureCreated(_logger, _options.Level, scheme, hash.Name, thumbprint, (long)telemetry.Elapsed.TotalMilliseconds);
            return writer;
        }
        catch (Exception e)
        {
            telemetry.Fail(e);
            CmsLog.SigningFailed(_logger, thumbprint, e.GetType().Name, e);
            throw;
        }
    }

    private async Task<(SignedDataWriter Writer, SignatureScheme Scheme)> BuildCoreAsync(SignerCertificates certificates, ReadOnlyMemory<byte> digest, HashAlgorithmName hash, CancellationToken cancellationToken)
    {
        var certificate = certificates.SigningCertificate;
        SignatureScheme scheme = SchemeFor(certificate, hash);
        DerSet signedAttributes = SignedAttributes(certificate, digest);
        var request = new SignatureRequest(signedAttributes.GetEncoded(Asn1Encodable.Der), hash, scheme);
        byte[] signature = await _signer.SignAsync(request, cancellationToken).ConfigureAwait(false);

        SignerInfo signerInfo = SignerInfoOf(certificate, signedAttributes, hash, scheme, signature);
        if (_options.Level >= SignatureLevel.BaselineT)
        {
            var extension = new SignedDataExtension(_options.Level, _options.TimestampClient, new ValidationDataCollector(_httpClient, _clock));
            signerInfo = await extension.RaiseAsync(signerInfo, () => [certificate, .. certificates.Chain], cancellationToken).ConfigureAwait(false);
        }

        X509Certificate2[] embedded = Embedded(certificates);
        if (_options.Level == SignatureLevel.BaselineLTA)
        {
            var contents = new SignedDataContents(CmsObjectIdentifiers.Data, [.. embedded.Select(c => c.RawData)], []);
            signerInfo = await ArchiveTimestamper.AddAsync(signerInfo, contents, digest, hash, _options.TimestampClient!, cancellationToken).ConfigureAwait(false);
        }

        return (Writer(embedded, hash, signerInfo), scheme);
    }

    /// <summary>The signature scheme of the certificate's key under the options; Ed25519 asks for a SHA-512 content digest (RFC 8419).</summary>
    private SignatureScheme SchemeFor(X509Certificate2 certificate, HashAlgorithmName hash)
    {
        SignatureScheme scheme = KeyScheme(certificate, _options.SignatureScheme);
        if (scheme == SignatureScheme.Ed25519 && hash != HashAlgorithmName.SHA512)
        {
            throw new ArgumentException("Ed25519 signatures need a SHA-512 content digest (RFC 8419).", nameof(hash));
        }

        return scheme;
    }

    private DerSet SignedAttributes(X509Certificate2 certificate, ReadOnlyMemory<byte> digest)
    {
        var signed = new Asn1EncodableVector(
            CmsAttributeFactory.ContentType(),
            CmsAttributeFactory.MessageDigest(digest.Span),
            CmsAttributeFactory.SigningCertificateV2(certificate));
        if (_options.IncludeSigningTime)
        {
            signed.Add(CmsAttributeFactory.SigningTime(_clock.GetUtcNow()));
        }

        return new DerSet(signed);
    }

    private static SignerInfo SignerInfoOf(X509Certificate2 certificate, DerSet signedAttributes, HashAlgorithmName hash, SignatureScheme scheme, byte[] signature)
    {
        var bcCertificate = Certificates.ToBouncyCastle(certificate);
        return new SignerInfo(
            new SignerIdentifier(new IssuerAndSerialNumber(bcCertificate.IssuerDN, bcCertificate.SerialNumber)),
            HashAlgorithms.ToAlgorithmIdentifier(hash),
            signedAttributes,
            SignatureAlgorithms.ToAlgorithmIdentifier(scheme, hash),
            new DerOctetString(signature),
            null);
    }

    private X509Certificate2[] Embedded(SignerCertificates certificates)
        => _options.IncludeChain ? [certificates.SigningCertificate, .. certificates.Chain] : [certificates.SigningCertificate];

    private static SignedDataWriter Writer(X509Certificate2[] embedded, HashAlgorithmName hash, SignerInfo signerInfo)
        => new(new DerSet(HashAlgorithms.ToAlgorithmIdentifier(hash)), CertificateSets.Of(embedded), new DerSet(signerInfo));

    /// <summary>Returns the requested scheme when the key can make it (an RSA key either RSA scheme), else the key's own.</summary>
    /// <exception cref="SigningKeyException">The requested scheme is not one the key can make.</exception>
    private static SignatureScheme KeyScheme(X509Certificate2 certificate, SignatureScheme? requested)
    {
        SignatureScheme own = Signer.DefaultScheme(certificate);
        return requested switch
        {
            null => own,
            { } scheme when scheme == own || (own == SignatureScheme.RsaPkcs1 && scheme == SignatureScheme.RsaPss) => scheme,
            { } scheme => throw new SigningKeyException(
                $"The signing key makes {own} signatures, not the {scheme} the options ask for (SignatureScheme); leave it unset to use the key's own."),
        };
    }
}
