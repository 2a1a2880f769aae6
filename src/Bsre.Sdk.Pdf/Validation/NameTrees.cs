using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// The catalog's /Names dictionary (ISO 32000-2 §7.7.4) after a signature. Acrobat, adding comments, stores their
/// icons' appearance streams in an /AP name tree: an annotation change. Any other name tree (JavaScript, embedded
/// files, destinations, pages, templates) changes what the document does or shows.
/// </summary>
internal static class NameTrees
{
    public static ModificationLevel Compare(DiffContext diff, PdfObject? older, PdfObject? newer)
    {
        PdfDictionary before = diff.Older.ResolveDictionary(older) ?? new PdfDictionary(), after = diff.Newer.ResolveDictionary(newer) ?? new PdfDictionary();
        var level = ModificationLevel.None;
        foreach (string key in before.Entries.Select(e => e.Key).Union(after.Entries.Select(e => e.Key)))
        {
            if (ObjectComparer.AreEqual(diff.Older, before[key], diff.Newer, after[key], diff.Limits))
            {
                continue;
            }

            if (key != "AP" || !HoldsOnlyAppearances(diff.Newer, after[key], diff.Limits))
            {
                return ModificationLevel.Other;
            }

            level = ModificationLevel.Annotations;
        }

        return level;
    }

    /// <summary>Whether every value of the name tree is a form XObject (an appearance stream).</summary>
    private static bool HoldsOnlyAppearances(PdfFile file, PdfObject? tree, PdfLimits limits)
    {
        var pending = new Stack<(PdfObject? Node, int Depth)>([(tree, 0)]);
        int visited = 0;
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > limits.MaxDepth || ++visited > limits.MaxObjects || file.ResolveDictionary(node) is not { } dictionary)
            {
                return false;
            }

            foreach (PdfObject kid in (file.Resolve(dictionary["Kids"]) as PdfArray)?.Items ?? [])
            {
                pending.Push((kid, depth + 1));
            }

            var names = (file.Resolve(dictionary["Names"]) as PdfArray)?.Items ?? [];
            if (names.Where((_, i) => i % 2 == 1).Any(v => file.Resolve(v) is not PdfStream { Dictionary: var d } || d.GetName("Subtype") != "Form"))
            {
                return false;
            }
        }

        return true;
    }
}
