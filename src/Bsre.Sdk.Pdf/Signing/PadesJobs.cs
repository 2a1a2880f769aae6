using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>Builds the signature jobs of PAdES signatures (one-call and two-phase) from the public options.</summary>
internal static class PadesJobs
{
    public static HashAlgorithmName HashFor(PadesSignatureOptions options, SignerCertificates certificates) =>
        Signer.DefaultScheme(certificates.SigningCertificate) == SignatureScheme.Ed25519 ? HashAlgorithmName.SHA512 : options.HashAlgorithm;

    public static CadesSigner Cades(Signer signer, PadesSignatureOptions options, HashAlgorithmName hash) => new(signer, new CadesSignatureOptions
    {
        HashAlgorithm = hash,
        UseRsaPss = options.UseRsaPss,
        Level = options.Level == SignatureLevel.BaselineB ? SignatureLevel.BaselineB : SignatureLevel.BaselineT,
        TimestampClient = options.TimestampClient,
        IncludeSigningTime = false,
    });

    public static SignatureJob Create(PadesSignatureOptions options, SignerCertificates certificates, Func<byte[], CancellationToken, Task<byte[]>>? createContents)
    {
        if (createContents is not null && options.Level != SignatureLevel.BaselineB && options.TimestampClient is null)
        {
            throw new ArgumentException("PAdES B-T and higher need PadesSignatureOptions.TimestampClient.", nameof(options));
        }

        DateTimeOffset signingTime = options.TimeProvider.GetLocalNow();
        return new SignatureJob
        {
            Entries = SignatureEntries.ForSignature(options, certificates.SigningCertificate, signingTime),
            Field = pages => FieldRequests.For(pages, options, certificates.SigningCertificate, signingTime),
            HashAlgorithm = HashFor(options, certificates),
            PdfPassword = options.PdfPassword,
            EstimatedSize = options.ContentsSize ?? Estimate(certificates, options.Level != SignatureLevel.BaselineB),
            CreateContents = createContents,
            Extra = Certification.Apply(options),
        };
    }

    private static int Estimate(SignerCertificates certificates, bool timestamped)
    {
        int certs = certificates.SigningCertificate.RawDataMemory.Length + certificates.Chain.Sum(c => c.RawDataMemory.Length);
        using RSA? rsa = certificates.SigningCertificate.GetRSAPublicKey();
        int key = rsa is null ? 132 : rsa.KeySize / 8;
        return certs + (2 * key) + 1024 + (timestamped ? 8192 : 0);
    }
}
