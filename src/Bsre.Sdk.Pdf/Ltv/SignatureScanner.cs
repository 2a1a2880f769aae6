using System.Formats.Asn1;
using System.Security.Cryptography;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Signing;

namespace Bsre.Sdk.Pdf.Ltv;

/// <summary>Lists the signed fields (signatures and document timestamps) with their CMS and their VRI key.</summary>
internal static class SignatureScanner
{
    public static IReadOnlyList<ScannedSignature> Scan(PdfFile file)
    {
        var result = new List<ScannedSignature>();
        foreach (SignatureField field in FieldTree.Of(file).Where(f => f.IsSignature && f.IsSigned))
        {
            var value = file.ResolveDictionary(file.ResolveDictionary(field.Reference)?["V"]);
            if (file.Resolve(value?["Contents"]) is PdfString { Value.Length: > 0 } contents)
            {
                result.Add(new ScannedSignature(VriKey(contents.Value), TrimDer(contents.Value)));
            }
        }

        return result;
    }

    /// <summary>The /VRI key of a signature (ISO 32000-2 §12.8.4.4): the uppercase hex SHA-1 of its whole /Contents, padding included.</summary>
#pragma warning disable CA5350 // ISO 32000-2 §12.8.4.4 keys a /VRI entry by the SHA-1 of the signature's /Contents: a name, not a security use.
    private static string VriKey(byte[] contents) => Convert.ToHexString(SHA1.HashData(contents));
#pragma warning restore CA5350

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
