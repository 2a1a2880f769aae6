using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Signing;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>Finds every signed signature field (signatures and document timestamps) of a PDF's newest revision.</summary>
internal static class SignatureLocator
{
    public static IReadOnlyList<PdfSignatureEntry> Find(PdfFile file, PdfLimits limits)
    {
        var result = new List<PdfSignatureEntry>();
        foreach (SignatureField field in FieldTree.Of(file).Where(f => f.IsSignature && f.IsSigned))
        {
            PdfObject? value = file.ResolveDictionary(field.Reference)?["V"];
            if (file.ResolveDictionary(value) is not { } dictionary)
            {
                continue;
            }

            if (result.Count >= limits.MaxSignatures)
            {
                throw new DocumentLimitException(nameof(PdfLimits.MaxSignatures), limits.MaxSignatures, "the document has more signed fields");
            }

            result.Add(new PdfSignatureEntry(field.FullName, value is PdfReference r ? r.Number : -1, dictionary));
        }

        return result;
    }
}
