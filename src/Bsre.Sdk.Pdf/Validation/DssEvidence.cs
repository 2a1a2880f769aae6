using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>The certificates, OCSP responses and CRLs of a document's /DSS (ETSI EN 319 142-1 §5.4), its /VRI entries included.</summary>
internal sealed class DssEvidence
{
    public List<X509Certificate2> Certificates { get; } = [];

    public List<byte[]> OcspResponses { get; } = [];

    public List<byte[]> Crls { get; } = [];

    public bool IsEmpty => Certificates.Count == 0 && OcspResponses.Count == 0 && Crls.Count == 0;

    /// <summary>Reads the /DSS of <paramref name="file"/>'s newest revision; an absent DSS gives empty evidence.</summary>
    public static DssEvidence Read(PdfFile file, PdfLimits limits)
    {
        var evidence = new DssEvidence();
        if (file.ResolveDictionary(file.Catalog["DSS"]) is not { } dss)
        {
            return evidence;
        }

        var seen = new HashSet<int>();
        var dictionaries = new List<PdfDictionary> { dss };
        if (file.ResolveDictionary(dss["VRI"]) is { } vri)
        {
            // one VRI dictionary per signature (EN 319 142-1 §5.4.2.2): more than MaxSignatures is refused, never read in part
            if (vri.Entries.Count > limits.MaxSignatures)
            {
                throw new DocumentLimitException(nameof(PdfLimits.MaxSignatures), limits.MaxSignatures, $"the /DSS /VRI has {vri.Entries.Count} entries");
            }

            dictionaries.AddRange(vri.Entries.Select(e => file.ResolveDictionary(e.Value)).OfType<PdfDictionary>());
        }

        foreach (PdfDictionary dictionary in dictionaries)
        {
            foreach (byte[] der in Streams(file, dictionary, "Certs", "Cert", seen, limits))
            {
                try
                {
                    evidence.Certificates.Add(Bsre.Sdk.Internal.Certificates.Load(der));
                }
                catch (CryptographicException)
                {
                    // an unreadable DSS certificate is simply not evidence
                }
            }

            evidence.OcspResponses.AddRange(Streams(file, dictionary, "OCSPs", "OCSP", seen, limits));
            evidence.Crls.AddRange(Streams(file, dictionary, "CRLs", "CRL", seen, limits));
        }

        return evidence;
    }

    private static IEnumerable<byte[]> Streams(PdfFile file, PdfDictionary dictionary, string dssKey, string vriKey, HashSet<int> seen, PdfLimits limits)
    {
        if (file.Resolve(dictionary[dssKey] ?? dictionary[vriKey]) is not PdfArray array)
        {
            yield break;
        }

        foreach (PdfObject item in array.Items)
        {
            if (item is PdfReference r && !seen.Add(r.Number))
            {
                continue;
            }

            if (seen.Count > limits.MaxDssEntries)
            {
                throw new DocumentLimitException(nameof(PdfLimits.MaxDssEntries), limits.MaxDssEntries, "the document security store holds more entries");
            }

            if (file.Resolve(item) is PdfStream stream)
            {
                yield return PdfStreamData.Decode(file, stream);
            }
        }
    }
}
