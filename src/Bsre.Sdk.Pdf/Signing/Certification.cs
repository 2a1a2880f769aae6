using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>DocMDP (certification) and FieldMDP (field lock) transforms: signature references, the catalog's /Perms and the field's /Lock.</summary>
internal static class Certification
{
    public static PdfArray? References(PadesSignatureOptions options)
    {
        var references = new PdfArray();
        if (options.Certification != PdfCertification.None)
        {
            references.Items.Add(Reference("DocMDP", new PdfDictionary { ["P"] = new PdfNumber((int)options.Certification) }));
        }

        if (LockDictionary(options.FieldLock) is { } fieldLock)
        {
            references.Items.Add(Reference("FieldMDP", fieldLock));
        }

        return references.Items.Count == 0 ? null : references;
    }

    /// <summary>Returns the edit that points the catalog's /Perms /DocMDP at the signature, for certification signatures.</summary>
    public static Action<IncrementalUpdate, PdfReference>? Apply(PadesSignatureOptions options)
    {
        if (options.Certification == PdfCertification.None)
        {
            return null;
        }

        return (update, signature) =>
        {
            var root = (PdfReference)update.File.Trailer["Root"]!;
            if (FieldTree.Of(update.File).Any(f => f.IsSigned))
            {
                throw new ArgumentException("A certification signature must be the document's first signature; this document is already signed.", nameof(options));
            }

            PdfDictionary catalog = update.Edit(root);
            var perms = update.File.ResolveDictionary(catalog["Perms"])?.Clone() ?? new PdfDictionary();
            perms["DocMDP"] = signature;
            catalog["Perms"] = perms;
        };
    }

    /// <summary>Builds a /Lock (and FieldMDP transform parameters) dictionary.</summary>
    public static PdfDictionary? LockDictionary(PdfFieldLock? fieldLock)
    {
        if (fieldLock is null)
        {
            return null;
        }

        if (fieldLock.Action != PdfFieldLockAction.All && fieldLock.Fields.Count == 0)
        {
            throw new ArgumentException("A field lock with Include or Exclude needs at least one field name.", nameof(fieldLock));
        }

        var dictionary = new PdfDictionary
        {
            ["Type"] = new PdfName("SigFieldLock"),
            ["Action"] = new PdfName(fieldLock.Action.ToString()),
        };
        if (fieldLock.Action != PdfFieldLockAction.All)
        {
            dictionary["Fields"] = new PdfArray(fieldLock.Fields.Select(f => (PdfObject)PdfString.FromText(f)));
        }

        return dictionary;
    }

    private static PdfDictionary Reference(string method, PdfDictionary parameters)
    {
        var transform = new PdfDictionary { ["Type"] = new PdfName("TransformParams") };
        foreach (var (key, value) in parameters.Entries.Where(e => e.Key != "Type"))
        {
            transform[key] = value;
        }

        transform["V"] = new PdfName("1.2");
        return new PdfDictionary
        {
            ["Type"] = new PdfName("SigRef"),
            ["TransformMethod"] = new PdfName(method),
            ["TransformParams"] = transform,
        };
    }
}
