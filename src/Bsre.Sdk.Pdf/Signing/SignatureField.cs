using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>A terminal form field found in the AcroForm tree.</summary>
/// <param name="Reference">The field object.</param>
/// <param name="FullName">The fully qualified name (partial names joined with '.').</param>
/// <param name="IsSignature">Whether /FT (possibly inherited) is /Sig.</param>
/// <param name="IsSigned">Whether the field has a value (/V).</param>
internal sealed record SignatureField(PdfReference Reference, string FullName, bool IsSignature, bool IsSigned);
