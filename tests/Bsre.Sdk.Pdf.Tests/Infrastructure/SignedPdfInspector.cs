using System.Security.Cryptography;
using UglyToad.PdfPig;
using UglyToad.PdfPig.AcroForms;
using UglyToad.PdfPig.AcroForms.Fields;
using UglyToad.PdfPig.Tokens;

namespace Bsre.Sdk.Pdf.Tests.Infrastructure;

/// <summary>Reads the signature dictionaries of a signed PDF with PdfPig (independently of the code under test).</summary>
internal static class SignedPdfInspector
{
    public static IReadOnlyList<SignatureValue> Read(byte[] pdf, string? password = null)
    {
        using var document = PdfDocument.Open(pdf, new ParsingOptions { Password = password ?? string.Empty });
        var result = new List<SignatureValue>();
        if (!document.TryGetForm(out AcroForm form))
        {
            return result;
        }

        foreach (var field in form.GetFields().OfType<AcroSignatureField>())
        {
            if (!field.Dictionary.TryGet(NameToken.V, out IToken value))
            {
                continue;
            }

            var dictionary = value is IndirectReferenceToken r
                ? (DictionaryToken)document.Structure.GetObject(r.Data).Data
                : (DictionaryToken)value;
            long[] range = ((ArrayToken)dictionary.Data["ByteRange"]).Data.Cast<NumericToken>().Select(n => n.Long).ToArray();
            byte[] contents = ((HexToken)dictionary.Data["Contents"]).Bytes.ToArray();
            string? subFilter = dictionary.Data.TryGetValue("SubFilter", out var sf) ? ((NameToken)sf).Data : null;
            result.Add(new SignatureValue(field.Information.PartialName ?? string.Empty, subFilter, range, contents, dictionary));
        }

        return result;
    }
}
