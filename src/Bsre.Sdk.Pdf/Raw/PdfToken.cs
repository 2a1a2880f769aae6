namespace Bsre.Sdk.Pdf.Raw;

/// <summary>One token: its kind, its text (numbers, names, keywords) or bytes (strings), and where it starts.</summary>
internal readonly record struct PdfToken(PdfTokenKind Kind, string Text, byte[]? Bytes, long Position);
