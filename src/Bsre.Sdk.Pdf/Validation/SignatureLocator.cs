using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Signing;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// Finds every signature (and document timestamp) of a PDF's newest revision: the signed signature fields, each
/// signature dictionary once however many fields reference it, and a certification signature that the catalog's
/// /Perms /DocMDP still references after an update removed its field or the whole form (so that such an update is
/// judged as a change after the certification, not read as a document without signatures).
/// </summary>
internal static class SignatureLocator
{
    /// <summary>The name reported for a certification signature that no form field references any more.</summary>
    public const string CertificationWithoutField = "(certification signature, referenced only by /Perms /DocMDP)";

    public static IReadOnlyList<PdfSignatureEntry> Find(PdfFile file, PdfLimits limits)
    {
        var result = new List<PdfSignatureEntry>();
        var seen = new HashSet<int>();
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

            int number = value is PdfReference r ? r.Number : -1;
            if (number < 0 || seen.Add(number))
            {
                result.Add(new PdfSignatureEntry(field.FullName, number, dictionary));
            }
        }

        if (file.ResolveDictionary(file.Catalog["Perms"])?["DocMDP"] is PdfReference certification && !seen.Contains(certification.Number)
            && file.ResolveDictionary(certification) is { } orphan && orphan["Contents"] is PdfString)
        {
            result.Add(new PdfSignatureEntry(CertificationWithoutField, certification.Number, orphan));
        }

        return result;
    }
}
