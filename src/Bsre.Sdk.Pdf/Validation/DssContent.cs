using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// The structure of a document security store (ISO 32000-2 §12.8.4.3, ETSI EN 319 142-1 §5.4): which objects are
/// part of it, and whether it holds validation data and nothing else. A DSS that points at a page's font, or holds
/// a stream that is no certificate, OCSP response or CRL, is not an LTV update but a disguised change (the
/// "page change laundered as a DSS" case iText 9.5 and later catch).
/// </summary>
internal static partial class DssContent
{
    private static readonly HashSet<string> DssKeys = ["Type", "Certs", "OCSPs", "CRLs", "VRI"];
    private static readonly HashSet<string> VriKeys = ["Type", "Cert", "OCSP", "CRL", "TU", "TS"];

    /// <summary>Returns every object number the /DSS of <paramref name="file"/> reaches: itself, its arrays, the VRI dictionaries and the data streams.</summary>
    public static HashSet<int> Parts(PdfFile file, PdfLimits limits)
    {
        var parts = new HashSet<int>();
        Walk(file, limits, (number, _, _) => parts.Add(number));
        return parts;
    }

    /// <summary>Returns what in <paramref name="file"/>'s /DSS is not validation data, or <see langword="null"/> when all of it is.</summary>
    public static string? Problem(PdfFile file, PdfLimits limits)
    {
        string? problem = null;
        Walk(file, limits, (number, role, value) => problem ??= Check(file, number, role, value, limits));
        return problem;
    }

    private static string? Check(PdfFile file, int number, string role, PdfObject? value, PdfLimits limits)
    {
        string where = number >= 0 ? $"object {number}" : "a direct object";
        return role switch
        {
            "DSS" => (value as PdfDictionary)?.Entries.Select(e => e.Key).FirstOrDefault(k => !DssKeys.Contains(k)) is { } key
                ? $"the /DSS holds /{key}, which is not validation data" : value is PdfDictionary ? null : "the /DSS is not a dictionary",
            "VRI" => (value as PdfDictionary)?.Entries.Select(e => e.Key).FirstOrDefault(k => k != "Type" && !VriKey().IsMatch(k)) is { } key
                ? $"the /VRI has the key /{key}, which is no hash of a signature" : value is PdfDictionary ? null : "the /VRI is not a dictionary",
            "VRI entry" => (value as PdfDictionary)?.Entries.Select(e => e.Key).FirstOrDefault(k => !VriKeys.Contains(k)) is { } key
                ? $"a /VRI entry holds /{key}, which is not validation data" : value is PdfDictionary ? null : "a /VRI entry is not a dictionary",
            "array" => value is PdfArray ? null : $"{where} in the /DSS is not an array",
            _ => value is PdfStream stream && IsValidationData(PdfStreamData.Decode(file, stream), role)
                ? null : $"{where} in the /DSS {role} is not a DER {Describe(role)}",
        };
    }

    /// <summary>Visits the DSS, its arrays and VRI dictionaries, and each data stream with its role: DSS, VRI, VRI entry, array, Certs, OCSPs, CRLs or TS.</summary>
    private static void Walk(PdfFile file, PdfLimits limits, Action<int, string, PdfObject?> visit)
    {
        PdfObject? reference = file.Catalog["DSS"];
        if (reference is null)
        {
            return;
        }

        PdfDictionary? dss = file.ResolveDictionary(reference);
        visit(DiffContext.Number(reference), "DSS", file.Resolve(reference));
        if (dss is null)
        {
            return;
        }

        Data(file, dss, ["Certs", "OCSPs", "CRLs"], limits, visit);
        PdfObject? vriReference = dss["VRI"];
        if (vriReference is null)
        {
            return;
        }

        visit(DiffContext.Number(vriReference), "VRI", file.Resolve(vriReference));
        foreach (var (_, entry) in file.ResolveDictionary(vriReference)?.Entries.Where(e => e.Key != "Type").Take(limits.MaxDssEntries) ?? [])
        {
            visit(DiffContext.Number(entry), "VRI entry", file.Resolve(entry));
            if (file.ResolveDictionary(entry) is { } vri)
            {
                Data(file, vri, ["Cert", "OCSP", "CRL"], limits, visit);
                if (vri["TS"] is { } ts)
                {
                    visit(DiffContext.Number(ts), "TS", file.Resolve(ts));
                }
            }
        }
    }

    private static void Data(PdfFile file, PdfDictionary holder, string[] keys, PdfLimits limits, Action<int, string, PdfObject?> visit)
    {
        foreach (string key in keys)
        {
            if (holder[key] is not { } arrayReference)
            {
                continue;
            }

            visit(DiffContext.Number(arrayReference), "array", file.Resolve(arrayReference));
            foreach (PdfObject item in (file.Resolve(arrayReference) as PdfArray)?.Items.Take(limits.MaxDssEntries) ?? [])
            {
                visit(DiffContext.Number(item), key.TrimEnd('s') + "s", file.Resolve(item));
            }
        }
    }

    /// <summary>Whether <paramref name="der"/> has the outer shape of its role: a certificate, a CRL (RFC 5280 §4.1, §5.1), an OCSPResponse (RFC 6960 §4.2.1) or a timestamp token (RFC 3161).</summary>
    private static bool IsValidationData(byte[] der, string role)
    {
        try
        {
            var outer = new AsnReader(der, AsnEncodingRules.BER).ReadSequence();
            switch (role)
            {
                case "OCSPs":
                    outer.ReadEnumeratedBytes();
                    return true;
                case "TS":
                    return outer.ReadObjectIdentifier() == "1.2.840.113549.1.7.2";
                default:
                    outer.ReadSequence();
                    outer.ReadSequence();
                    outer.ReadBitString(out _);
                    return !outer.HasData;
            }
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException)
        {
            return false;
        }
    }

    private static string Describe(string role) => role switch
    {
        "Certs" => "certificate",
        "OCSPs" => "OCSP response",
        "CRLs" => "CRL",
        _ => "timestamp token",
    };

    /// <summary>A VRI key: the hex hash of a signature's /Contents (SHA-1 in PAdES, longer hashes in some producers).</summary>
    [GeneratedRegex("^(?:[0-9A-Fa-f]{2}){20,64}$")]
    private static partial Regex VriKey();
}
