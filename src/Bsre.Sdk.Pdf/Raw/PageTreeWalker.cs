namespace Bsre.Sdk.Pdf.Raw;

/// <summary>Lists the leaves of the page tree in order, guarding against loops.</summary>
internal static class PageTreeWalker
{
    public static IReadOnlyList<PdfReference> Walk(PdfFile file)
    {
        var pages = new List<PdfReference>();
        var visited = new HashSet<int>();
        if (file.Catalog["Pages"] is not PdfReference root)
        {
            throw PdfFormat.Error("the catalog has no /Pages tree");
        }

        var stack = new Stack<PdfReference>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            PdfReference node = stack.Pop();
            if (!visited.Add(node.Number))
            {
                throw PdfFormat.Error("the page tree loops");
            }

            PdfDictionary dictionary = file.ResolveDictionary(node) ?? throw PdfFormat.Error($"page tree node {node} is missing");
            if (dictionary["Kids"] is { } kids && dictionary.GetName("Type") != "Page")
            {
                var list = file.Resolve(kids) as PdfArray ?? throw PdfFormat.Error("page tree /Kids is not an array");
                for (int i = list.Items.Count - 1; i >= 0; i--)
                {
                    if (list.Items[i] is PdfReference kid)
                    {
                        stack.Push(kid);
                    }
                }
            }
            else
            {
                pages.Add(node);
            }
        }

        return pages;
    }
}
