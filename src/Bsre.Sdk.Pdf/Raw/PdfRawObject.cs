namespace Bsre.Sdk.Pdf.Raw;

/// <summary>Pre-serialised object bytes, written verbatim (used where byte positions must be known, e.g. signature dictionaries).</summary>
internal sealed class PdfRawObject(byte[] bytes) : PdfObject
{
    public byte[] Bytes { get; } = bytes;
}
