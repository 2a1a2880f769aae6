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

    /// <summary>
    /// Returns the permission a signature's field lock grants for the document after it (the /P of its FieldMDP
    /// transform or of the field's /Lock, ISO 32000-2 §12.7.5.5 Table 236 and §12.8.2.4), or <see langword="null"/> without one.
    /// It can only restrict: the permission in force is the lower of it and the DocMDP permission.
    /// </summary>
    public static int? LockPermission(PdfFile signed, PdfDictionary signature, PdfDictionary? field)
    {
        var permissions = new[] { Transform(signed, signature, "FieldMDP"), signed.ResolveDictionary(field?["Lock"]) }
            .Select(p => signed.Resolve(p?["P"]) as PdfNumber).OfType<PdfNumber>().Select(n => (int)Math.Clamp(n.LongValue, 1, 3)).ToList();
        return permissions.Count == 0 ? null : permissions.Min();
    }

    /// <summary>Returns the lower of two permissions, either of which may be absent.</summary>
    public static int? Lower(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

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
