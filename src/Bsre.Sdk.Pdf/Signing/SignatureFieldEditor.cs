using System.Globalization;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>
/// Fills an empty signature field or creates one (merged field and widget), and updates the page's
/// /Annots and the AcroForm (/Fields, /SigFlags 3) in the pending revision.
/// </summary>
internal sealed class SignatureFieldEditor(IncrementalUpdate update)
{
    private const int SignaturesExistAppendOnly = 3;
    private const int PrintLocked = 132;

    /// <summary>Points the field at <paramref name="signature"/>; returns the field's name.</summary>
    public string Apply(SignatureFieldRequest request, PdfReference signature)
    {
        PdfFile file = update.File;
        var catalogRef = file.Trailer["Root"] as PdfReference ?? throw PdfFormat.Error("the trailer /Root is not a reference");
        PdfDictionary acroForm = EditAcroForm(catalogRef);
        acroForm["SigFlags"] = new PdfNumber(SignaturesExistAppendOnly);
        PdfArray fields = EditFields(acroForm);
        var existing = FieldTree.Find(file, fields);
        SignatureField? target = request.FieldName is { } wanted
            ? existing.FirstOrDefault(f => f.FullName == wanted)
            : existing.FirstOrDefault(f => f.IsSignature && !f.IsSigned);
        if (target is not null)
        {
            Fill(target, request, signature);
            return target.FullName;
        }

        if (request.FieldName is { } given && string.IsNullOrWhiteSpace(given))
        {
            throw new ArgumentException("The field name is empty; give a name or none.", nameof(request));
        }

        string name = request.FieldName ?? NewName(existing);
        if (name.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException($"The field name '{name}' contains a period; give a plain name for a new field.", nameof(request));
        }

        IReadOnlyList<PdfReference> pages = file.GetPages();
        if (request.PageIndex < 0 || request.PageIndex >= pages.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(request), $"The document has {pages.Count} page(s); page {request.PageIndex + 1} does not exist.");
        }

        PdfReference page = pages[request.PageIndex];
        PdfReference widget = update.Reserve();
        var dictionary = new PdfDictionary
        {
            ["Type"] = new PdfName("Annot"),
            ["Subtype"] = new PdfName("Widget"),
            ["FT"] = new PdfName("Sig"),
            ["T"] = PdfString.FromText(name),
            ["V"] = signature,
            ["F"] = new PdfNumber(PrintLocked),
            ["Rect"] = PdfArray.OfNumbers(request.Rectangle),
            ["P"] = page,
        };
        SetAppearance(dictionary, request, page, request.Rectangle);
        if (request.Lock is not null)
        {
            dictionary["Lock"] = request.Lock;
        }

        update.Set(widget, dictionary);
        fields.Items.Add(widget);
        AddToAnnots(page, widget);
        request.PageDecoration?.Invoke(update, page);
        return name;
    }

    private void Fill(SignatureField field, SignatureFieldRequest request, PdfReference signature)
    {
        if (!field.IsSignature)
        {
            throw new ArgumentException($"The field '{field.FullName}' is not a signature field.", nameof(request));
        }

        if (field.IsSigned)
        {
            throw new ArgumentException($"The field '{field.FullName}' is already signed; name another field or none.", nameof(request));
        }

        PdfDictionary dictionary = update.Edit(field.Reference);
        dictionary["V"] = signature;
        if (request.Lock is not null)
        {
            dictionary["Lock"] = request.Lock;
        }

        PdfReference widgetRef = dictionary.GetName("Subtype") == "Widget"
            ? field.Reference
            : (update.File.Resolve(dictionary["Kids"]) as PdfArray)?.Items.OfType<PdfReference>().FirstOrDefault() ?? field.Reference;
        PdfDictionary widget = update.Edit(widgetRef);
        double[] rect = (update.File.Resolve(widget["Rect"]) as PdfArray)?.Items.Select(i => (update.File.Resolve(i) as PdfNumber)?.Value ?? 0).ToArray() ?? [0, 0, 0, 0];
        var page = widget["P"] as PdfReference ?? update.File.GetPages()[0];
        if (request.Appearance is not null || widget["AP"] is null)
        {
            SetAppearance(widget, request, page, rect);
        }

        request.PageDecoration?.Invoke(update, page);
    }

    private void SetAppearance(PdfDictionary widget, SignatureFieldRequest request, PdfReference page, double[] rect)
    {
        double width = Math.Abs(rect[2] - rect[0]), height = Math.Abs(rect[3] - rect[1]);
        PdfStream stream = request.Appearance?.Invoke(update, page, rect) ?? new PdfStream(
            new PdfDictionary
            {
                ["Type"] = new PdfName("XObject"),
                ["Subtype"] = new PdfName("Form"),
                ["BBox"] = PdfArray.OfNumbers(0, 0, width, height),
                ["Resources"] = new PdfDictionary(),
            },
            []);
        widget["AP"] = new PdfDictionary { ["N"] = update.Add(stream) };
    }

    private PdfDictionary EditAcroForm(PdfReference catalogRef)
    {
        PdfObject? current = (update.Current(catalogRef.Number) as PdfDictionary)?["AcroForm"];
        if (current is PdfReference reference && update.File.Resolve(reference) is PdfDictionary)
        {
            return update.Edit(reference);
        }

        PdfDictionary catalog = update.Edit(catalogRef);
        var acroForm = current is PdfDictionary direct ? direct.Clone() : new PdfDictionary();
        catalog["AcroForm"] = update.Add(acroForm);
        return acroForm;
    }

    private PdfArray EditFields(PdfDictionary acroForm)
    {
        PdfObject? current = acroForm["Fields"];
        if (current is PdfReference reference && update.Current(reference.Number) is PdfArray shared)
        {
            var copy = new PdfArray(shared.Items);
            update.Replace(reference.Number, copy);
            return copy;
        }

        var fields = current is PdfArray direct ? new PdfArray(direct.Items) : new PdfArray();
        acroForm["Fields"] = fields;
        return fields;
    }

    private void AddToAnnots(PdfReference pageRef, PdfReference widget)
    {
        var current = update.Current(pageRef.Number) as PdfDictionary ?? throw PdfFormat.Error($"page {pageRef} is not a dictionary");
        if (current["Annots"] is PdfReference reference && update.Current(reference.Number) is PdfArray shared)
        {
            update.Replace(reference.Number, new PdfArray([.. shared.Items, widget]));
            return;
        }

        PdfDictionary page = update.Edit(pageRef);
        var annots = page["Annots"] is PdfArray direct ? new PdfArray(direct.Items) : new PdfArray();
        annots.Items.Add(widget);
        page["Annots"] = annots;
    }

    private static string NewName(IReadOnlyList<SignatureField> existing)
    {
        var names = existing.Select(f => f.FullName).ToHashSet(StringComparer.Ordinal);
        for (int i = 1; ; i++)
        {
            string name = "Signature" + i.ToString(CultureInfo.InvariantCulture);
            if (!names.Contains(name))
            {
                return name;
            }
        }
    }
}
