using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>The entries of signature and document-timestamp dictionaries (all but /ByteRange and /Contents).</summary>
internal static class SignatureEntries
{
    public static PdfDictionary ForSignature(PadesSignatureOptions options, X509Certificate2 certificate, DateTimeOffset signingTime)
    {
        var entries = new PdfDictionary
        {
            ["Type"] = new PdfName("Sig"),
            ["Filter"] = new PdfName("Adobe.PPKLite"),
            ["SubFilter"] = new PdfName("ETSI.CAdES.detached"),
            ["M"] = PdfString.FromText(PdfDate.Format(signingTime)),
            ["Name"] = PdfString.FromText(certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false)),
        };
        AddText(entries, "Reason", options.Reason);
        AddText(entries, "Location", options.Location);
        AddText(entries, "ContactInfo", options.ContactInfo);
        if (Certification.References(options) is { } references)
        {
            entries["Reference"] = references;
        }

        return entries;
    }

    public static PdfDictionary ForDocumentTimestamp() => new()
    {
        ["Type"] = new PdfName("DocTimeStamp"),
        ["Filter"] = new PdfName("Adobe.PPKLite"),
        ["SubFilter"] = new PdfName("ETSI.RFC3161"),
    };

    private static void AddText(PdfDictionary entries, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            entries[key] = PdfString.FromText(value);
        }
    }
}
