using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>Reads a certified document's DocMDP permissions; refuses new signatures on one certified with P=1 (no changes).</summary>
internal static class DocMdpGuard
{
    public static void EnsureSignable(PdfFile file)
    {
        if (Permissions(file) == 1)
        {
            throw new DocumentFormatException("The document is certified with no changes allowed (DocMDP P=1): another signature would invalidate the certification. Only document timestamps and validation data may be added.");
        }
    }

    /// <summary>Returns the certification's /P (1, 2 or 3; 2 when absent, ISO 32000-2 Table 257), or <see langword="null"/> for a document that is not certified.</summary>
    public static long? Permissions(PdfFile file)
    {
        var perms = file.ResolveDictionary(file.Catalog["Perms"]);
        var signature = file.ResolveDictionary(perms?["DocMDP"]);
        if (file.Resolve(signature?["Reference"]) is not PdfArray references)
        {
            return null;
        }

        PdfDictionary? docMdp = references.Items.Select(file.ResolveDictionary).FirstOrDefault(reference => reference?.GetName("TransformMethod") == "DocMDP");
        return docMdp is null ? null : (file.Resolve(file.ResolveDictionary(docMdp["TransformParams"])?["P"]) as PdfNumber)?.LongValue ?? 2;
    }
}
