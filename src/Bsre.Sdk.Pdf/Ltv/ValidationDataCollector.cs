using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Validation;
using Org.BouncyCastle.Ocsp;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;
using CoreCollector = Bsre.Sdk.Validation.ValidationDataCollector;

namespace Bsre.Sdk.Pdf.Ltv;

/// <summary>
/// Gathers the DSS content for every signature and timestamp in a file: the chains of the signers and TSAs
/// (built from the embedded certificates and <see cref="PdfLtvOptions.Certificates"/>), and for each non-root
/// certificate a verified OCSP response or CRL from the core's revocation checker (OCSP first, shared cache).
/// </summary>
internal sealed class ValidationDataCollector(PdfLtvOptions options)
{
    public async Task<ValidationData> CollectAsync(PdfFile file, CancellationToken cancellationToken)
    {
        IReadOnlyList<byte[]> signatures = SignatureScanner.Scan(file);
        if (signatures.Count == 0)
        {
            throw new DocumentFormatException("The document has no signature or document timestamp to add validation data for.");
        }

        var pool = new List<BcCertificate>();
        var leaves = new List<BcCertificate>();
        foreach (byte[] cms in signatures)
        {
            CmsCertificates.Collect(cms, pool, leaves);
        }

        pool.AddRange(options.Certificates.Select(c => new BcCertificate(c.RawData)));
        var paths = new List<IReadOnlyList<X509Certificate2>>();
        foreach (BcCertificate leaf in leaves.Distinct())
        {
            List<BcCertificate> chain = ChainBuilder.Build(leaf, pool);
            if (!ChainBuilder.IsSelfIssued(chain[^1]))
            {
                throw new ValidationDataException($"The issuer of '{chain[^1].SubjectDN}' was not found; pass it (or the trust anchors) in PdfLtvOptions.Certificates.");
            }

            paths.Add(chain.Select(Bsre.Sdk.Internal.Certificates.ToBcl).ToList());
        }

        var collected = await new CoreCollector(options.HttpClient, options.TimeProvider).CollectAsync(paths, cancellationToken).ConfigureAwait(false);
        var data = new ValidationData();
        foreach (X509Certificate2 certificate in collected.Certificates)
        {
            data.Add(data.Certificates, certificate.RawData);
        }

        foreach (byte[] ocsp in collected.OcspResponses)
        {
            data.Add(data.OcspResponses, ocsp);
            AddResponderCertificates(data, ocsp);
        }

        foreach (byte[] crl in collected.Crls)
        {
            data.Add(data.Crls, crl);
        }

        return data;
    }

    private static void AddResponderCertificates(ValidationData data, byte[] ocsp)
    {
        if (new OcspResp(ocsp).GetResponseObject() is BasicOcspResp basic)
        {
            foreach (BcCertificate responder in basic.GetCerts())
            {
                data.Add(data.Certificates, responder.GetEncoded());
            }
        }
    }
}
