using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// Changes to the logical structure (ISO 32000-2 §14.7) of a tagged document, as signing, filling and commenting
/// make them: the structure may grow (a widget or annotation gets its structure element, the parent tree its entry,
/// /ParentTreeNextKey moves on) and lose the references of deleted annotations, but existing elements keep their
/// other entries and children (iText's DocumentRevisionsValidator rules for tagged documents).
/// </summary>
internal static class StructureChanges
{
    private static readonly HashSet<string> RootGrowthKeys = ["K", "ParentTree", "ParentTreeNextKey"];

    /// <summary>Returns the object numbers of the older revision's structure tree: its root, elements and parent-tree nodes.</summary>
    public static Dictionary<int, string> Roles(PdfFile file, PdfLimits limits)
    {
        var roles = new Dictionary<int, string>();
        PdfObject? root = file.Catalog["StructTreeRoot"];
        if (root is not PdfReference rootReference || file.ResolveDictionary(root) is not { } tree)
        {
            return roles;
        }

        roles[rootReference.Number] = "root";
        Walk(file, tree["K"], limits, (value, pending) =>
        {
            if (value is PdfReference r && !roles.TryAdd(r.Number, "element"))
            {
                return;
            }

            switch (file.Resolve(value))
            {
                case PdfArray array:
                    array.Items.ForEach(pending);
                    break;
                case PdfDictionary d when d.GetName("Type") is null or "StructElem" && d["K"] is { } kids:
                    pending(kids);
                    break;
            }
        });

        // the parent tree's nodes and the per-page arrays it maps to (its values are elements, already walked)
        Walk(file, tree["ParentTree"], limits, (value, pending) =>
        {
            if (value is PdfReference r && !roles.TryAdd(r.Number, "parent tree"))
            {
                return;
            }

            if (file.ResolveDictionary(value) is not { } node)
            {
                return;
            }

            (file.Resolve(node["Kids"]) as PdfArray)?.Items.ForEach(pending);
            var nums = (file.Resolve(node["Nums"]) as PdfArray)?.Items ?? [];
            foreach (PdfReference page in nums.Where((v, i) => i % 2 == 1 && file.Resolve(v) is PdfArray).OfType<PdfReference>())
            {
                roles.TryAdd(page.Number, "parent tree");
            }
        });

        return roles;
    }

    /// <summary>Visits a tree breadth-first from <paramref name="start"/>; each visit may queue more nodes. Bounded by the object limit.</summary>
    private static void Walk(PdfFile file, PdfObject? start, PdfLimits limits, Action<PdfObject, Action<PdfObject>> visit)
    {
        var pending = new Queue<PdfObject>();
        if (start is not null)
        {
            pending.Enqueue(start);
        }

        for (int visited = 0; pending.Count > 0; visited++)
        {
            if (visited > limits.MaxObjects)
            {
                throw new DocumentLimitException(nameof(PdfLimits.MaxObjects), limits.MaxObjects, "a structure tree has more nodes");
            }

            visit(pending.Dequeue(), pending.Enqueue);
        }
    }

    public static ObjectChange Classify(DiffContext diff, string role, int number, PdfDictionary older, PdfDictionary newer)
    {
        if (role == "parent tree")
        {
            // the parent tree maps marked content and annotations to their elements: it does not change what a page shows
            return new(ModificationLevel.FormFilling, string.Empty);
        }

        var level = ModificationLevel.None;
        foreach (string key in older.Entries.Select(e => e.Key).Union(newer.Entries.Select(e => e.Key)))
        {
            if (ObjectComparer.AreEqual(diff.Older, older[key], diff.Newer, newer[key], diff.Limits))
            {
                continue;
            }

            ModificationLevel keyLevel = key == "K" ? Kids(diff, older[key], newer[key])
                : role == "root" && RootGrowthKeys.Contains(key) ? ModificationLevel.FormFilling
                : ModificationLevel.Other;
            if (keyLevel == ModificationLevel.Other)
            {
                return new(ModificationLevel.Other, $"the structure {(role == "root" ? "tree root" : "element")} {number} changed (/{key})");
            }

            level = (ModificationLevel)Math.Max((int)level, (int)keyLevel);
        }

        return new(level, string.Empty);
    }

    /// <summary>Children added are form filling (new widgets and annotations); removed children may only be annotation references (deleted annotations).</summary>
    private static ModificationLevel Kids(DiffContext diff, PdfObject? older, PdfObject? newer)
    {
        List<string> before = Keys(diff.Older, older), after = Keys(diff.Newer, newer);
        var removed = before.Except(after).ToList();
        if (removed.Any(k => !k.StartsWith("annotation ", StringComparison.Ordinal) && !IsAnnotationElement(diff.Older, k)))
        {
            return ModificationLevel.Other;
        }

        return removed.Count > 0 ? ModificationLevel.Annotations : ModificationLevel.FormFilling;
    }

    /// <summary>Identifies each child: a structure element by object number, an annotation reference (OBJR) by its annotation, marked content by MCID.</summary>
    private static List<string> Keys(PdfFile file, PdfObject? kids)
    {
        IEnumerable<PdfObject> items = file.Resolve(kids) is PdfArray array ? array.Items : kids is null ? [] : [kids];
        return items.Select(item => item switch
        {
            PdfReference r when file.ResolveDictionary(r)?.GetName("Type") == "OBJR" => $"annotation {DiffContext.Number(file.ResolveDictionary(r)!["Obj"])}",
            PdfReference r => $"element {r.Number}",
            PdfDictionary { } d when d.GetName("Type") == "OBJR" => $"annotation {DiffContext.Number(d["Obj"])}",
            PdfNumber n => $"mcid {n.Value}",
            _ => "other",
        }).ToList();
    }

    /// <summary>Whether a removed element held nothing but annotation references (the element of a deleted annotation).</summary>
    private static bool IsAnnotationElement(PdfFile file, string key)
    {
        if (!key.StartsWith("element ", StringComparison.Ordinal) || file.ResolveDictionary(new PdfReference(int.Parse(key[8..], System.Globalization.CultureInfo.InvariantCulture), 0)) is not { } element)
        {
            return false;
        }

        var kids = Keys(file, element["K"]);
        return kids.Count > 0 && kids.All(k => k.StartsWith("annotation ", StringComparison.Ordinal));
    }
}
