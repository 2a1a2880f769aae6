using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>Reads a stream's data within <see cref="PdfLimits.MaxStreamLength"/>, raw or decoded (inflation stops at the limit).</summary>
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
        byte[] decoded = StreamDecoder.Decode(stream.Dictionary, Raw(file, stream, limits), limits.MaxStreamLength, () => TooLong(limits));
        return decoded.Length <= limits.MaxStreamLength ? decoded : throw TooLong(limits);
    }

    private static DocumentFormatException TooLong(PdfLimits limits)
        => PdfLimitException.Create(nameof(PdfLimits.MaxStreamLength), $"a stream decodes to more than {limits.MaxStreamLength} bytes");
}
