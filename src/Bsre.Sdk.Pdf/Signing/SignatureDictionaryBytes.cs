namespace Bsre.Sdk.Pdf.Signing;

/// <summary>A serialised signature dictionary and the positions of its /ByteRange slot and /Contents string (at '&lt;').</summary>
internal sealed record SignatureDictionaryBytes(byte[] Bytes, int ByteRangeAt, int ContentsAt, int ContentsCapacity);
