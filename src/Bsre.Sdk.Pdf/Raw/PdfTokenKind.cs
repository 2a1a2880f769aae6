namespace Bsre.Sdk.Pdf.Raw;

/// <summary>The lexical token classes of PDF syntax.</summary>
internal enum PdfTokenKind
{
    EndOfFile,
    Number,
    Name,
    String,
    HexString,
    ArrayStart,
    ArrayEnd,
    DictionaryStart,
    DictionaryEnd,
    Keyword,
}
