namespace Bsre.Sdk.Pdf.Raw;

/// <summary>Builds the typed error for malformed PDF input.</summary>
internal static class PdfFormat
{
    public static DocumentFormatException Error(string detail) => new($"The file is not a readable PDF: {detail}.");
}
