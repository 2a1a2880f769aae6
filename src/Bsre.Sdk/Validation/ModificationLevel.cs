namespace Bsre.Sdk.Validation;

/// <summary>The classes of change made to a PDF after a signature, from harmless to disallowed (pyHanko's ModificationLevel, DSS's object modification categories).</summary>
public enum ModificationLevel
{
    /// <summary>Nothing changed.</summary>
    None = 0,

    /// <summary>DSS and document timestamps only (PAdES long-term maintenance).</summary>
    LtaUpdates,

    /// <summary>Form fields filled or signed.</summary>
    FormFilling,

    /// <summary>Annotations added, changed or removed.</summary>
    Annotations,

    /// <summary>Anything else: page content, page tree, catalog, overlays.</summary>
    Other,
}
