namespace Bsre.Sdk.Pdf.Validation;

/// <summary>The classes of change after signing, from harmless to disallowed (pyHanko's ModificationLevel).</summary>
internal enum ModificationLevel
{
    /// <summary>Nothing changed.</summary>
    None,

    /// <summary>DSS and document timestamps only (PAdES long-term maintenance).</summary>
    LtaUpdates,

    /// <summary>Form fields filled or signed.</summary>
    FormFilling,

    /// <summary>Annotations added, changed or removed.</summary>
    Annotations,

    /// <summary>Anything else: page content, page tree, catalog, overlays.</summary>
    Other,
}
