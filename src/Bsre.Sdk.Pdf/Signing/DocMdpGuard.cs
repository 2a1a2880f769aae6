using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>Refuses new approval or certification signatures on a document certified with DocMDP P=1 (no changes).</summary>
internal static class DocMdpGuard
{
    public static void EnsureSignable(PdfFile file)
    {
        var perms = file.ResolveDictionary(file.Catalog["Perms"]);
        var signature = file.ResolveDictionary(perms?["DocMDP"]);
        if (file.Resolve(signature?["Reference"]) is not PdfArray references)
        {
            return;
        }

        foreach (var reference in references.Items.Select(file.ResolveDictionary))
        {
            if (reference?.GetName("TransformMethod") == "DocMDP"
                && file.ResolveDictionary(reference["TransformParams"]) is { } parameters
                && (file.Resolve(parameters["P"]) as PdfNumber)?.LongValue == 1)
            {
                throw new DocumentFormatException("The document is certified with no changes allowed (DocMDP P=1): another signature would invalidate the certification. Only document timestamps and validation data may be added.");
            }
        }
    }
}
