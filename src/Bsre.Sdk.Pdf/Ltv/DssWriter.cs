using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Signing;

namespace Bsre.Sdk.Pdf.Ltv;

/// <summary>
/// Writes or extends the catalog's /DSS (ETSI EN 319 142-1 §5.4.2) with /Certs, /OCSPs and /CRLs streams, and a
/// /VRI entry per signature whose /Cert, /OCSP and /CRL arrays reference the streams that signature's chains use.
/// </summary>
internal static class DssWriter
{
    public static void Apply(IncrementalUpdate update, DssData data, DateTimeOffset now)
    {
        var root = update.File.Trailer["Root"] as PdfReference ?? throw PdfFormat.Error("the trailer /Root is not a reference");
        PdfDictionary catalog = update.Edit(root);
        PdfDictionary dss = update.File.ResolveDictionary(catalog["DSS"])?.Clone() ?? new PdfDictionary();
        var streams = new Dictionary<string, PdfReference>();
        Append(update, dss, "Certs", data.Certificates, streams);
        Append(update, dss, "OCSPs", data.OcspResponses, streams);
        Append(update, dss, "CRLs", data.Crls, streams);
        dss["VRI"] = Vri(update.File.ResolveDictionary(dss["VRI"])?.Clone() ?? new PdfDictionary(), data, streams, now);
        catalog["DSS"] = update.Add(dss);
        var extensions = update.File.ResolveDictionary(catalog["Extensions"])?.Clone() ?? new PdfDictionary();
        extensions["ESIC"] = new PdfDictionary { ["BaseVersion"] = new PdfName("1.7"), ["ExtensionLevel"] = new PdfNumber(5) };
        catalog["Extensions"] = extensions;
    }

    private static void Append(IncrementalUpdate update, PdfDictionary dss, string key, IReadOnlyList<byte[]> items, Dictionary<string, PdfReference> streams)
    {
        if (items.Count == 0)
        {
            return;
        }

        var array = new PdfArray((update.File.Resolve(dss[key]) as PdfArray)?.Items ?? []);
        foreach (byte[] der in items)
        {
            PdfReference stream = update.Add(new PdfStream(new PdfDictionary(), der));
            streams[DssData.Identity(der)] = stream;
            array.Items.Add(stream);
        }

        dss[key] = array;
    }

    /// <summary>Adds (or replaces) each signature's entry in <paramref name="vri"/>, keeping the entries of signatures not collected now.</summary>
    private static PdfDictionary Vri(PdfDictionary vri, DssData data, Dictionary<string, PdfReference> streams, DateTimeOffset now)
    {
        foreach (VriEntry signature in data.Signatures)
        {
            var entry = new PdfDictionary { ["Type"] = new PdfName("VRI") };
            References(entry, "Cert", signature.Certificates, streams);
            References(entry, "OCSP", signature.OcspResponses, streams);
            References(entry, "CRL", signature.Crls, streams);
            entry["TU"] = PdfString.FromText(PdfDate.Format(now));
            vri[signature.Key] = entry;
        }

        return vri;
    }

    private static void References(PdfDictionary entry, string key, List<byte[]> items, Dictionary<string, PdfReference> streams)
    {
        if (items.Count > 0)
        {
            entry[key] = new PdfArray([.. items.Select(der => (PdfObject)streams[DssData.Identity(der)])]);
        }
    }
}
