namespace Bsre.Sdk.Pdf;

/// <summary>The DocMDP permission of a certification signature (ISO 32000-2 §12.8.2.2).</summary>
public enum PdfCertification
{
    /// <summary>An approval signature, not a certification.</summary>
    None = 0,

    /// <summary>P=1: no changes are allowed after signing.</summary>
    NoChanges = 1,

    /// <summary>P=2: filling in forms, instantiating templates and signing are allowed.</summary>
    FormFilling = 2,

    /// <summary>P=3: as P=2, plus annotation creation, deletion and modification.</summary>
    Annotations = 3,
}
