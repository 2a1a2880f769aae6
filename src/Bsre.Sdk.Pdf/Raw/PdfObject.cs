namespace Bsre.Sdk.Pdf.Raw;

/// <summary>A PDF object as read from or written to a file (ISO 32000-2 §7.3).</summary>
internal abstract class PdfObject
{
}
