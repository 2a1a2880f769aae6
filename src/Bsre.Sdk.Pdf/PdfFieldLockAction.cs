namespace Bsre.Sdk.Pdf;

/// <summary>Which fields a <see cref="PdfFieldLock"/> locks.</summary>
public enum PdfFieldLockAction
{
    /// <summary>Every field of the document.</summary>
    All = 0,

    /// <summary>Only the listed fields.</summary>
    Include,

    /// <summary>Every field except the listed ones.</summary>
    Exclude,
}
