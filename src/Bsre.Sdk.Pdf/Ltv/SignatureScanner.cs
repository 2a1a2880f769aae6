using System.Formats.Asn1;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Signing;

namespace Bsre.Sdk.Pdf.Ltv;

/// <summary>Lists the CMS values (/Contents without padding) of every signed field: signatures and document timestamps.</summary>
internal static class SignatureScanner
{
    public static IReadOnlyList<byte[]> Scan(PdfFile file)
    {
        var form = file.ResolveDictionary(file.Catalog["AcroForm"]);
        if (form is null || file.Resolve(form["Fields"]) is not PdfArray fields)
        {
            return [];
        }

        var result = new List<byte[]>();
        foreach (SignatureField field in FieldTree.Find(file, fields).Where(f => f.IsSignature && f.IsSigned))
        {
            var value = file.ResolveDictionary(file.ResolveDictionary(field.Reference)?["V"]);
            if (file.Resolve(value?["Contents"]) is PdfString { Value.Length: > 0 } contents)
            {
                result.Add(TrimDer(contents.Value));
            }
        }

        return result;
    }

    private static byte[] TrimDer(byte[] contents)
    {
        try
        {
            AsnDecoder.ReadEncodedValue(contents, AsnEncodingRules.BER, out _, out _, out int consumed);
            return contents[..consumed];
        }
        catch (AsnContentException e)
        {
            throw new DocumentFormatException("A signature's /Contents is not a CMS object.", e);
        }
    }
}
