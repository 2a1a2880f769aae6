using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// Lexes a signature dictionary where it lies in the file to find the byte position of its /Contents
/// hex string: the gap a strict /ByteRange must leave is exactly that string.
/// </summary>
internal static class ContentsLocator
{
    private const int MaxTokens = 100_000;

    /// <summary>Returns the /Contents position, or <see langword="null"/> when the object is not in the file's body or has no hex /Contents.</summary>
    public static ContentsToken? Locate(PdfFile file, int objectNumber)
    {
        if (!file.Xref.Entries.TryGetValue(objectNumber, out XrefEntry entry) || entry.Kind != XrefEntryKind.InFile)
        {
            return null;
        }

        var lexer = new PdfLexer(file.Reader);
        file.Reader.Position = entry.Offset;
        int depth = 0;
        bool previousWasContentsKey = false;
        long start = -1, end = -1;
        int count = 0;
        for (int i = 0; i < MaxTokens; i++)
        {
            PdfToken token = lexer.Next();
            switch (token.Kind)
            {
                case PdfTokenKind.EndOfFile:
                    return null;
                case PdfTokenKind.DictionaryStart or PdfTokenKind.ArrayStart:
                    depth++;
                    break;
                case PdfTokenKind.DictionaryEnd or PdfTokenKind.ArrayEnd:
                    if (--depth <= 0)
                    {
                        return count == 0 ? null : new ContentsToken(start, end, count);
                    }

                    break;
                case PdfTokenKind.HexString when previousWasContentsKey:
                    start = token.Position;
                    end = file.Reader.Position;
                    count++;
                    break;
                case PdfTokenKind.Keyword when token.Text is "endobj" or "stream":
                    return null;
            }

            previousWasContentsKey = depth == 1 && token.Kind == PdfTokenKind.Name && token.Text == "Contents";
        }

        return null;
    }
}
