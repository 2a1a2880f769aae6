using Bsre.Sdk.Pdf.Raw;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Ocsp;
using Org.BouncyCastle.X509;

namespace Bsre.Sdk.Pdf.Ltv;

/// <summary>
/// Gathers the DSS content for every signature and timestamp in a file: the chains of the signers and TSAs,
/// and an OCSP response (else a CRL) for each non-root certificate of those chains.
/// </summary>
internal sealed class ValidationDataCollector(IValidationDataSource source, PdfLtvOptions options)
{
    public async Task<ValidationData> CollectAsync(PdfFile file, CancellationToken cancellationToken)
    {
        IReadOnlyList<byte[]> signatures = SignatureScanner.Scan(file);
        if (signatures.Count == 0)
        {
            throw new DocumentFormatException("The document has no signature or document timestamp to add validation data for.");
        }

        var pool = new List<X509Certificate>();
        var leaves = new List<X509Certificate>();
        foreach (byte[] cms in signatures)
        {
            CmsCertificates.Collect(cms, pool, leaves);
        }

        pool.AddRange(options.Certificates.Select(c => new X509Certificate(c.RawData)));
        var data = new ValidationData();
        var done = new HashSet<X509Certificate>();
        foreach (X509Certificate leaf in leaves.Distinct())
        {
            List<X509Certificate> chain = ChainBuilder.Build(leaf, pool);
            for (int i = 0; i < chain.Count; i++)
            {
                data.Add(data.Certificates, chain[i].GetEncoded());
                if (done.Add(chain[i]) && !ChainBuilder.IsSelfIssued(chain[i]) && !HasNoCheck(chain[i]))
                {
                    X509Certificate issuer = i + 1 < chain.Count ? chain[i + 1] : throw new Bsre.Sdk.Validation.ValidationDataException($"The issuer of '{chain[i].SubjectDN}' was not found; pass it (or the trust anchors) in PdfLtvOptions.Certificates.");
                    await AddRevocationAsync(data, chain[i], issuer, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return data;
    }

    private static bool HasNoCheck(X509Certificate certificate) => certificate.GetExtensionValue(OcspObjectIdentifiers.PkixOcspNocheck) is not null;

    private async Task AddRevocationAsync(ValidationData data, X509Certificate certificate, X509Certificate issuer, CancellationToken cancellationToken)
    {
        byte[]? ocsp = await source.GetOcspResponseAsync(certificate, issuer, cancellationToken).ConfigureAwait(false);
        if (ocsp is not null)
        {
            data.Add(data.OcspResponses, ocsp);
            if (new OcspResp(ocsp).GetResponseObject() is BasicOcspResp basic)
            {
                foreach (X509Certificate responder in basic.GetCerts())
                {
                    data.Add(data.Certificates, responder.GetEncoded());
                }
            }

            return;
        }

        byte[] crl = await source.GetCrlAsync(certificate, cancellationToken).ConfigureAwait(false)
            ?? throw new Bsre.Sdk.Validation.ValidationDataException($"No OCSP response or CRL could be obtained for '{certificate.SubjectDN}' (check that its OCSP responder or CRL distribution point is reachable).");
        data.Add(data.Crls, crl);
    }
}
