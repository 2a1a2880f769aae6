using System.Formats.Asn1;
using System.Security.Cryptography;
using Bsre.Sdk.Internal;
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
    private static string VriKey(byte[] contents) => Convert.ToHexString(HashAlgorithms.Hash(HashAlgorithmName.SHA1, contents));

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
