using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Signing;
using Microsoft.Extensions.Logging;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>
/// The /Contents of a PAdES signature: a detached CAdES CMS (B-B, or B-T with its signature timestamp) over the
/// ByteRange digest. The certificates are fetched once per signature, by the caller, and the CMS is built over them,
/// so the key signs once and the TSA is asked once, as <see cref="Signer"/> promises.
/// </summary>
internal sealed class CmsContents : SignatureContents
{
    /// <summary>Room for the SignedData, SignerInfo and signed-attribute structure beyond the names and values counted.</summary>
    private const int StructureSlack = 1024;

    private readonly Signer _signer;
    private readonly SignerCertificates _certificates;
    private readonly PadesSignatureOptions _options;
    private readonly HashAlgorithmName _hash;
    private readonly TimeProvider _clock;
    private readonly ILoggerFactory? _loggerFactory;

    public CmsContents(Signer signer, SignerCertificates certificates, PadesSignatureOptions options, TimeProvider clock, ILoggerFactory? loggerFactory)
    {
        _clock = clock;
        _loggerFactory = loggerFactory;
        _signer = signer;
        _certificates = certificates;
        _options = options;
        _hash = HashFor(options, certificates);
        Capacity = options.ContentsSize ?? Estimate(certificates, Timestamped(options));
    }

    public override int Capacity { get; }

    public override string CapacityOption => "PadesSignatureOptions.ContentsSize";

    /// <summary>Returns the digest algorithm: SHA-512 for Ed25519 (RFC 8419), else the options'.</summary>
    public static HashAlgorithmName HashFor(PadesSignatureOptions options, SignerCertificates certificates) =>
        Signer.DefaultScheme(certificates.SigningCertificate) == SignatureScheme.Ed25519 ? HashAlgorithmName.SHA512 : options.HashAlgorithm;

    /// <summary>
    /// Bounds the CMS from what it is made of: the certificates as embedded, the largest signature value the key can
    /// give, the issuer and serial (named twice: SignerIdentifier and signing-certificate-v2), two digests of up to
    /// 64 bytes (message-digest, signing-certificate-v2), and for B-T a timestamp token of up to
    /// <see cref="TimestampContents.DefaultCapacity"/> bytes.
    /// </summary>
    public static int Estimate(SignerCertificates certificates, bool timestamped)
    {
        X509Certificate2 certificate = certificates.SigningCertificate;
        int embedded = certificate.RawDataMemory.Length + certificates.Chain.Sum(c => c.RawDataMemory.Length + 4);
        int issuer = certificate.IssuerName.RawData.Length + certificate.GetSerialNumber().Length;
        return embedded + MaxSignatureSize(certificate) + (2 * issuer) + (2 * 64) + StructureSlack + (timestamped ? TimestampContents.DefaultCapacity : 0);
    }

    public override async Task<byte[]> CreateAsync(byte[] digest, CancellationToken cancellationToken)
    {
        using var once = new ExternalSigner(_ => ValueTask.FromResult(_certificates), _signer.SignAsync);
        return await new CadesSigner(once, new CadesSignatureOptions
        {
            HashAlgorithm = _hash,
            UseRsaPss = _options.UseRsaPss,
            Level = Timestamped(_options) ? SignatureLevel.BaselineT : SignatureLevel.BaselineB,
            TimestampClient = _options.TimestampClient,
            IncludeSigningTime = false,
        }, timeProvider: _clock, loggerFactory: _loggerFactory).SignDigestAsync(digest, _hash, cancellationToken).ConfigureAwait(false);
    }

    private static bool Timestamped(PadesSignatureOptions options) => options.Level != SignatureLevel.BaselineB;

    /// <summary>Returns the largest signature value of the certificate's key: the RSA modulus, a DER ECDSA pair, or 64 for Ed25519.</summary>
    private static int MaxSignatureSize(X509Certificate2 certificate)
    {
        using RSA? rsa = certificate.GetRSAPublicKey();
        if (rsa is not null)
        {
            return (rsa.KeySize + 7) / 8;
        }

        using ECDsa? ecdsa = certificate.GetECDsaPublicKey();
        if (ecdsa is not null)
        {
            // SEQUENCE { INTEGER r, INTEGER s }: each up to one byte longer than the field (sign byte), with 2-byte headers
            int field = (ecdsa.KeySize + 7) / 8;
            return (2 * (field + 3)) + 3;
        }

        return 64; // Ed25519 (RFC 8032): R || S
    }
}
