using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Ltv;

/// <summary>Writes or extends the catalog's /DSS (ETSI EN 319 142-1 §5.4.2) with /Certs, /OCSPs and /CRLs streams (no VRI).</summary>
internal static class DssWriter
{
    public static void Apply(IncrementalUpdate update, ValidationData data)
    {
        var root = update.File.Trailer["Root"] as PdfReference ?? throw PdfFormat.Error("the trailer /Root is not a reference");
        PdfDictionary catalog = update.Edit(root);
        PdfDictionary dss = update.File.ResolveDictionary(catalog["DSS"])?.Clone() ?? new PdfDictionary();
        Append(update, dss, "Certs", data.Certificates);
        Append(update, dss, "OCSPs", data.OcspResponses);
        Append(update, dss, "CRLs", data.Crls);
        catalog["DSS"] = update.Add(dss);
        var extensions = update.File.ResolveDictionary(catalog["Extensions"])?.Clone() ?? new PdfDictionary();
        extensions["ESIC"] = new PdfDictionary { ["BaseVersion"] = new PdfName("1.7"), ["ExtensionLevel"] = new PdfNumber(5) };
        catalog["Extensions"] = extensions;
    }

    private static void Append(IncrementalUpdate update, PdfDictionary dss, string key, List<byte[]> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        var array = new PdfArray((update.File.Resolve(dss[key]) as PdfArray)?.Items ?? []);
        foreach (byte[] der in items)
        {
            array.Items.Add(update.Add(new PdfStream(new PdfDictionary(), der)));
        }

        dss[key] = array;
    }
}
