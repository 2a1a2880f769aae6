using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>DocMDP (certification, ISO 32000-2 §12.8.2.2) and FieldMDP (field locks, §12.8.2.4) as they stood in the signed revision.</summary>
internal static class MdpRules
{
    /// <summary>Returns the DocMDP /P of the document's certification signature (1, 2 or 3), or <see langword="null"/> when it is not certified.</summary>
    public static int? DocMdpPermission(PdfFile signed)
    {
        var perms = signed.ResolveDictionary(signed.Catalog["Perms"]);
        var certification = signed.ResolveDictionary(perms?["DocMDP"]);
        if (certification is null)
        {
            return null;
        }

        var parameters = Transform(signed, certification, "DocMDP");
        long p = (signed.Resolve(parameters?["P"]) as PdfNumber)?.LongValue ?? 2;
        return (int)Math.Clamp(p, 1, 3);
    }

    /// <summary>Returns the allowed change level for a DocMDP permission (uncertified documents allow annotations, as pyHanko does).</summary>
    public static ModificationLevel Allowed(int? permission) => permission switch
    {
        1 => ModificationLevel.LtaUpdates,
        2 => ModificationLevel.FormFilling,
        _ => ModificationLevel.Annotations,
    };

    /// <summary>Returns the names of the fields the signature locks that were changed.</summary>
    public static IReadOnlyList<string> LockedFieldsChanged(PdfFile signed, PdfDictionary signature, PdfDictionary? field, IReadOnlySet<string> changed)
    {
        PdfDictionary? parameters = Transform(signed, signature, "FieldMDP") ?? signed.ResolveDictionary(field?["Lock"]);
        if (parameters is null || changed.Count == 0)
        {
            return [];
        }

        var names = (signed.Resolve(parameters["Fields"]) as PdfArray)?.Items.OfType<PdfString>().Select(s => s.ToText()).ToHashSet(StringComparer.Ordinal) ?? [];
        return parameters.GetName("Action") switch
        {
            "All" => [.. changed],
            "Include" => [.. changed.Where(names.Contains)],
            "Exclude" => [.. changed.Where(n => !names.Contains(n))],
            _ => [],
        };
    }

    private static PdfDictionary? Transform(PdfFile file, PdfDictionary signature, string method)
    {
        if (file.Resolve(signature["Reference"]) is not PdfArray references)
        {
            return null;
        }

        return references.Items.Select(file.ResolveDictionary).OfType<PdfDictionary>()
            .Where(r => r.GetName("TransformMethod") == method)
            .Select(r => file.ResolveDictionary(r["TransformParams"]))
            .FirstOrDefault(p => p is not null);
    }
}
