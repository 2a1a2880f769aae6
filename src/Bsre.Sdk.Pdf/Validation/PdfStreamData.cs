using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>Reads a stream's data within <see cref="PdfLimits.MaxStreamLength"/>, raw or decoded.</summary>
internal static class PdfStreamData
{
    public static byte[] Raw(PdfFile file, PdfStream stream, PdfLimits limits)
    {
        long declared = (file.Resolve(stream.Dictionary["Length"]) as PdfNumber)?.LongValue ?? 0;
        return declared <= limits.MaxStreamLength
            ? file.ReadRawStream(stream)
            : throw PdfLimitException.Create(nameof(PdfLimits.MaxStreamLength), $"a stream declares {declared} bytes, more than {limits.MaxStreamLength}");
    }

    public static byte[] Decode(PdfFile file, PdfStream stream, PdfLimits limits)
    {
        byte[] decoded = StreamDecoder.Decode(stream.Dictionary, Raw(file, stream, limits));
        return decoded.Length <= limits.MaxStreamLength
            ? decoded
            : throw PdfLimitException.Create(nameof(PdfLimits.MaxStreamLength), $"a stream decodes to {decoded.Length} bytes, more than {limits.MaxStreamLength}");
    }
}
