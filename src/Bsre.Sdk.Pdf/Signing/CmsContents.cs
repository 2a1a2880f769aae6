using System.Security.Cryptography;
using Bsre.Sdk.Signing;
using Microsoft.Extensions.Logging;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Cms;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>
/// The /Contents of a PAdES signature: a detached CAdES CMS (B-B, or B-T with its signature timestamp) over the
/// ByteRange digest. The certificates are fetched once per signature, by the caller, and the CMS is built over them,
/// so the key signs once and the TSA is asked once, as <see cref="Signer"/> promises.
/// </summary>
internal sealed class CmsContents : SignatureContents
{
    private readonly Signer _signer;
    private readonly SignerCertificates _certificates;
    private readonly PadesSignatureOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILoggerFactory? _loggerFactory;

    public CmsContents(Signer signer, SignerCertificates certificates, PadesSignatureOptions options, TimeProvider clock, ILoggerFactory? loggerFactory)
    {
        _signer = signer;
        _clock = clock;
        _loggerFactory = loggerFactory;
        _certificates = certificates;
        _options = options;
        Capacity = options.ContentsSize ?? Estimate(certificates, options);
    }

    public override int Capacity { get; }

    public override string CapacityOption => $"{nameof(PadesSignatureOptions)}.{nameof(PadesSignatureOptions.ContentsSize)}";

    /// <summary>Returns the digest algorithm: SHA-512 for Ed25519 (RFC 8419), else the options'.</summary>
    public static HashAlgorithmName HashFor(PadesSignatureOptions options, SignerCertificates certificates) =>
        Signer.DefaultScheme(certificates.SigningCertificate) == SignatureScheme.Ed25519 ? HashAlgorithmName.SHA512 : options.HashAlgorithm;

    /// <summary>
    /// Bounds the CMS by a dry run of its assembly (<see cref="CadesSigner.EstimateSize"/>: the certificates as embedded,
    /// the longest signature value the key can give) with, from B-T, room for the token of the options' TSA
    /// (<see cref="TimestampTokenSizes"/>). No key operation, no TSA request.
    /// </summary>
    public static int Estimate(SignerCertificates certificates, PadesSignatureOptions options)
    {
        using var dryRun = new ExternalSigner(_ => ValueTask.FromResult(certificates), (_, _) => throw new InvalidOperationException("A dry run makes no key operation."));
        int token = Timestamped(options) ? TimestampTokenSizes.Bound(options.TimestampClient) : 0;
        return Cades(dryRun, options, certificates, SignatureLevel.BaselineB, null, null).EstimateSize(certificates, HashFor(options, certificates), token);
    }

    public override async Task<byte[]> CreateAsync(byte[] digest, CancellationToken cancellationToken)
    {
        using var once = new ExternalSigner(_ => ValueTask.FromResult(_certificates), _signer.SignAsync);
        SignatureLevel level = Timestamped(_options) ? SignatureLevel.BaselineT : SignatureLevel.BaselineB;
        byte[] cms = await Cades(once, _options, _certificates, level, _clock, _loggerFactory).SignDigestAsync(digest, HashFor(_options, _certificates), cancellationToken).ConfigureAwait(false);
        if (level == SignatureLevel.BaselineT)
        {
            TimestampTokenSizes.Record(_options.TimestampClient!, TokenSize(cms));
        }

        return cms;
    }

    private static CadesSigner Cades(Signer signer, PadesSignatureOptions options, SignerCertificates certificates, SignatureLevel level, TimeProvider? clock, ILoggerFactory? loggerFactory) => new(
        signer,
        new CadesSignatureOptions
        {
            HashAlgorithm = HashFor(options, certificates),
            SignatureScheme = options.SignatureScheme,
            Level = level,
            TimestampClient = level == SignatureLevel.BaselineB ? null : options.TimestampClient,
            IncludeSigningTime = false,
        },
        timeProvider: clock,
        loggerFactory: loggerFactory);

    private static bool Timestamped(PadesSignatureOptions options) => options.Level != SignatureLevel.BaselineB;

    /// <summary>The size of the signature timestamp token in a CMS just made.</summary>
    private static int TokenSize(byte[] cms)
    {
        SignerInformation signer = new CmsSignedData(cms).GetSignerInfos().GetSigners().First();
        return signer.UnsignedAttributes?[PkcsObjectIdentifiers.IdAASignatureTimeStampToken]?.AttrValues[0].GetEncoded(Asn1Encodable.Der).Length ?? 0;
    }
}
