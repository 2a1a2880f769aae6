using System.Globalization;
using Bsre.Sdk.Pdf.Appearance;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>
/// Fills an empty signature field or creates one (merged field and widget), and updates the page's
/// /Annots and the AcroForm (/Fields, /SigFlags 3) in the pending revision. BSrE's notice goes into the page's content
/// while nobody has signed; on a signed document the signed page may not change, so it becomes an annotation: the new
/// signature's own widget when that is invisible, else a stamp beside it.
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
            Fill(target, request, signature, existing.Any(f => f.IsSigned));
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
        PdfReference field = update.Reserve();
        var dictionary = new PdfDictionary
        {
            ["FT"] = new PdfName("Sig"),
            ["T"] = PdfString.FromText(name),
            ["V"] = signature,
        };
        if (request.Lock is not null)
        {
            dictionary["Lock"] = request.Lock;
        }

        bool noticeMissing = request.Notice is not null && !NoticeDecorator.IsOn(file, page);
        if (noticeMissing && existing.Any(f => f.IsSigned))
        {
            EnsureAnnotationsAllowed(file, request);
            (double[] rectangle, PdfStream notice) = request.Notice!.AsAnnotation(update);
            if (request.Appearance is null)
            {
                // An invisible signature's widget is free to show the notice.
                AddAnnotation(field, dictionary, page, rectangle, notice);
            }
            else
            {
                // The notice beside a visible signature: a stamp annotation. Poppler does not read a signature field with two widgets.
                AddAnnotation(field, dictionary, page, request.Rectangle, Appearance(request, page, request.Rectangle));
                AddAnnotation(update.Reserve(), new PdfDictionary { ["Subtype"] = new PdfName("Stamp"), ["Contents"] = PdfString.FromText(request.Notice.Text) }, page, rectangle, notice);
            }
        }
        else
        {
            AddAnnotation(field, dictionary, page, request.Rectangle, Appearance(request, page, request.Rectangle));
            if (noticeMissing)
            {
                request.Notice!.Apply(update, page);
            }
        }

        fields.Items.Add(field);
        return name;
    }

    /// <summary>Adds a printed, locked annotation (a widget unless <paramref name="dictionary"/> names its /Subtype) to the page.</summary>
    private void AddAnnotation(PdfReference annotation, PdfDictionary dictionary, PdfReference page, double[] rectangle, PdfStream appearance)
    {
        dictionary["Type"] = new PdfName("Annot");
        dictionary["Subtype"] ??= new PdfName("Widget");
        dictionary["F"] = new PdfNumber(PrintLocked);
        dictionary["Rect"] = PdfArray.OfNumbers(rectangle);
        dictionary["P"] = page;
        dictionary["AP"] = new PdfDictionary { ["N"] = update.Add(appearance) };
        update.Set(annotation, dictionary);
        AddToAnnots(page, annotation);
    }

    private static void EnsureAnnotationsAllowed(PdfFile file, SignatureFieldRequest request)
    {
        if (DocMdpGuard.Permissions(file) is 2)
        {
            throw new ArgumentException("BSrE's notice cannot be added to this document: it is certified for form filling and signing only (DocMDP P=2), and the notice, which the signed page cannot take, would be a new visible annotation the certification forbids. Turn the notice off for this signature.", nameof(request));
        }
    }

    private void Fill(SignatureField field, SignatureFieldRequest request, PdfReference signature, bool documentSigned)
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
            widget["AP"] = new PdfDictionary { ["N"] = update.Add(Appearance(request, page, rect)) };
        }

        if (request.Notice is not null && !NoticeDecorator.IsOn(update.File, page))
        {
            if (documentSigned)
            {
                throw new ArgumentException($"BSrE's notice cannot be added while signing the existing field '{field.FullName}' of a signed document: the page would change under the earlier signatures. Sign a new field or turn the notice off.", nameof(request));
            }

            request.Notice.Apply(update, page);
        }
    }

    private PdfStream Appearance(SignatureFieldRequest request, PdfReference page, double[] rect)
    {
        double width = Math.Abs(rect[2] - rect[0]), height = Math.Abs(rect[3] - rect[1]);
        return request.Appearance?.Invoke(update, page, rect) ?? new PdfStream(
            new PdfDictionary
            {
                ["Type"] = new PdfName("XObject"),
                ["Subtype"] = new PdfName("Form"),
                ["BBox"] = PdfArray.OfNumbers(0, 0, width, height),
                ["Resources"] = new PdfDictionary(),
            },
            []);
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
