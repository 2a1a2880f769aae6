using Bsre.Sdk.Pdf.Appearance;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>Which field to sign and how its widget looks: internal form of the public options.</summary>
internal sealed class SignatureFieldRequest
{
    /// <summary>Gets the field name; <see langword="null"/> picks the first empty signature field or a new SignatureN.</summary>
    public string? FieldName { get; init; }

    /// <summary>Gets the zero-based page index of a new widget.</summary>
    public int PageIndex { get; init; }

    /// <summary>Gets the widget rectangle [llx lly urx ury]; all zero for an invisible signature.</summary>
    public double[] Rectangle { get; init; } = [0, 0, 0, 0];

    /// <summary>Gets a builder of the normal appearance for the widget's rectangle, or <see langword="null"/> for an empty one.</summary>
    public Func<IncrementalUpdate, PdfReference, double[], PdfStream>? Appearance { get; init; }

    /// <summary>Gets BSrE's notice for the widget's page, drawn in the same revision, or <see langword="null"/>.</summary>
    public NoticeDecorator? Notice { get; init; }

    /// <summary>Gets the field lock (/Lock) dictionary to put on the field, or <see langword="null"/>.</summary>
    public PdfDictionary? Lock { get; init; }
}
