namespace Bsre.Sdk.Pdf;

/// <summary>The form fields a signature locks (FieldMDP, ISO 32000-2 §12.8.2.4).</summary>
public sealed class PdfFieldLock
{
    /// <summary>Gets or sets which fields are locked.</summary>
    /// <value>Default <see cref="PdfFieldLockAction.All"/>.</value>
    public PdfFieldLockAction Action { get; set; } = PdfFieldLockAction.All;

    /// <summary>Gets the fully qualified names of the fields for <see cref="PdfFieldLockAction.Include"/> and <see cref="PdfFieldLockAction.Exclude"/>.</summary>
    public IList<string> Fields { get; } = [];
}
