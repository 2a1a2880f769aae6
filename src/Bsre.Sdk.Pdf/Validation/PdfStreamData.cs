using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>Reads a stream's data within the document's read budget (<see cref="PdfLimits.MaxStreamLength"/>, <see cref="PdfLimits.MaxDocumentBytes"/>), raw or decoded.</summary>
internal static class PdfStreamData
{
    public static byte[] Raw(PdfFile file, PdfStream stream) => file.ReadRawStream(stream);

    public static byte[] Decode(PdfFile file, PdfStream stream) => file.DecodeStream(stream);
}
