using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Validation;
using Org.BouncyCastle.Ocsp;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace Bsre.Sdk.Pdf.Ltv;

/// <summary>
/// Gathers the DSS content for every signature and timestamp in a file: the paths of the signers and TSAs (built by
/// the core's <see cref="ValidationDataCollector"/> from the embedded certificates and the extra certificates of
/// <see cref="PadesExtensionOptions.ExtraCertificates"/> or <see cref="PadesSignatureOptions.ExtraCertificates"/>), and for each non-root
/// certificate the verified OCSP response or CRLs from the core's revocation checker (OCSP first, shared cache), with
/// the certificates and revocation data of CRL issuers found among those certificates, kept per signature for its /VRI entry.
/// OCSP and CRL fetches go through the given HTTP client (the process-wide one when it is null).
/// </summary>
internal sealed class DssDataCollector(IEnumerable<X509Certificate2> extraCertificates, HttpClient? httpClient, TimeProvider clock)
{
    public async Task<DssData> CollectAsync(PdfFile file, CancellationToken cancellationToken)
    {
        IReadOnlyList<ScannedSignature> signatures = SignatureScanner.Scan(file);
        if (signatures.Count == 0)
        {
            throw new DocumentFormatException("The document has no signature or document timestamp to add validation data for.");
        }

        var pool = new List<BcCertificate>();
        var leaves = new List<List<BcCertificate>>();
        foreach (ScannedSignature signature in signatures)
        {
            leaves.Add([]);
            CmsCertificates.Collect(signature.Cms, pool, leaves[^1]);
        }

        pool.AddRange(extraCertificates.Select(c => new BcCertificate(c.RawData)));
        var collector = new ValidationDataCollector(httpClient, clock);
        X509Certificate2[] available = [.. pool.Select(Certificates.ToBcl)]; // where issuers and CRL issuers are sought
        var data = new DssData();
        for (int i = 0; i < signatures.Count; i++)
        {
            var signers = leaves[i].Distinct().Select(Certificates.ToBcl);
            var collected = await collector.CollectForAsync(signers, available, cancellationToken).ConfigureAwait(false);
            data.Signatures.Add(Entry(signatures[i].VriKey, collected));
        }

        return data;
    }

    private static VriEntry Entry(string key, ValidationData collected)
    {
        var entry = new VriEntry(key);
        foreach (X509Certificate2 certificate in collected.Certificates)
        {
            VriEntry.Add(entry.Certificates, certificate.RawData);
        }

        foreach (byte[] ocsp in collected.OcspResponses)
        {
            VriEntry.Add(entry.OcspResponses, ocsp);
            if (new OcspResp(ocsp).GetResponseObject() is BasicOcspResp basic)
            {
                foreach (BcCertificate responder in basic.GetCerts())
                {
                    VriEntry.Add(entry.Certificates, responder.GetEncoded());
                }
            }
        }

        foreach (byte[] crl in collected.Crls)
        {
            VriEntry.Add(entry.Crls, crl);
        }

        return entry;
    }
}
