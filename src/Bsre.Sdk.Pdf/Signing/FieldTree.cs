using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>
/// Walks the AcroForm field tree (/Fields, /Kids) and lists its terminal fields with full names. A tree of more field
/// objects than the document may have objects (<c>PdfLimits.MaxObjects</c>) is refused, never listed in part.
/// </summary>
internal static class FieldTree
{
    /// <summary>Lists the terminal fields of the document's AcroForm; none when it has no form.</summary>
    public static IReadOnlyList<SignatureField> Of(PdfFile file)
        => file.ResolveDictionary(file.Catalog["AcroForm"]) is { } form && file.Resolve(form["Fields"]) is PdfArray fields ? Find(file, fields) : [];

    public static IReadOnlyList<SignatureField> Find(PdfFile file, PdfArray fields)
    {
        var result = new List<SignatureField>();
        var visited = new HashSet<int>();
        var stack = new Stack<(PdfReference Ref, string Prefix, string? InheritedType)>();
        for (int i = fields.Items.Count - 1; i >= 0; i--)
        {
            if (fields.Items[i] is PdfReference r)
            {
                stack.Push((r, string.Empty, null));
            }
        }

        int maxFields = file.Budget.Limits.MaxObjects;
        while (stack.Count > 0)
        {
            var (reference, prefix, inherited) = stack.Pop();
            if (visited.Count >= maxFields && !visited.Contains(reference.Number))
            {
                throw new DocumentLimitException(nameof(Validation.PdfLimits.MaxObjects), maxFields, "the form's field tree has more fields");
            }

            if (!visited.Add(reference.Number) || file.ResolveDictionary(reference) is not { } field)
            {
                continue;
            }

            string partial = (file.Resolve(field["T"]) as PdfString)?.ToText() ?? string.Empty;
            string name = prefix.Length == 0 ? partial : partial.Length == 0 ? prefix : prefix + "." + partial;
            string? type = field.GetName("FT") ?? inherited;
            var kids = (file.Resolve(field["Kids"]) as PdfArray)?.Items.OfType<PdfReference>().ToList() ?? [];
            bool kidsAreFields = kids.Any(k => file.ResolveDictionary(k)?["T"] is not null);
            if (kidsAreFields)
            {
                for (int i = kids.Count - 1; i >= 0; i--)
                {
                    stack.Push((kids[i], name, type));
                }
            }
            else if (name.Length > 0)
            {
                result.Add(new SignatureField(reference, name, type == "Sig", field["V"] is not null and not PdfKeyword));
            }
        }

        return result;
    }
}
