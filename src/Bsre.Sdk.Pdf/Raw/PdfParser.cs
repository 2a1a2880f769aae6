namespace Bsre.Sdk.Pdf.Raw;

/// <summary>Parses objects from tokens: direct objects, references, and indirect objects with their streams.</summary>
internal sealed class PdfParser
{
    private const int MaxDepth = 256;
    private readonly Stack<PdfToken> _pushedBack = new();

    public PdfParser(PdfByteReader reader) => Lexer = new PdfLexer(reader);

    public PdfLexer Lexer { get; }

    public PdfToken NextToken() => _pushedBack.Count > 0 ? _pushedBack.Pop() : Lexer.Next();

    public void PushBack(PdfToken token) => _pushedBack.Push(token);

    public void Seek(long position)
    {
        _pushedBack.Clear();
        Lexer.Reader.Position = position;
    }

    public PdfObject ParseObject() => ParseObject(NextToken(), 0);

    /// <summary>Parses <c>n g obj ... endobj</c> at <paramref name="offset"/>; streams get their data offset.</summary>
    /// <param name="offset">Where the object starts.</param>
    /// <param name="expectedNumber">The object number the xref promised.</param>
    public PdfObject ParseIndirectObject(long offset, int expectedNumber)
    {
        Seek(offset);
        PdfToken number = NextToken();
        PdfToken generation = NextToken();
        PdfToken keyword = NextToken();
        if (number.Kind != PdfTokenKind.Number || generation.Kind != PdfTokenKind.Number || keyword.Text != "obj"
            || (expectedNumber >= 0 && number.Text != expectedNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            throw PdfFormat.Error(expectedNumber >= 0
                ? $"object {expectedNumber} is not at offset {offset} where the cross-reference table says it is"
                : $"no object at offset {offset} where startxref or /Prev points");
        }

        PdfObject value = ParseObject();
        PdfToken after = NextToken();
        if (after.Kind == PdfTokenKind.Keyword && after.Text == "stream" && value is PdfDictionary dictionary)
        {
            var reader = Lexer.Reader;
            reader.Position = after.Position + "stream".Length;
            if (reader.Peek() == '\r')
            {
                reader.Position++;
            }

            if (reader.Peek() == '\n')
            {
                reader.Position++;
            }

            return new PdfStream(dictionary, reader.Position, (int)new PdfNumber(number.Text).LongValue, (int)new PdfNumber(generation.Text).LongValue);
        }

        return value;
    }

    private PdfObject ParseObject(PdfToken token, int depth)
    {
        if (depth > MaxDepth)
        {
            throw PdfFormat.Error("objects nested too deeply");
        }

        switch (token.Kind)
        {
            case PdfTokenKind.Number:
                return ParseNumberOrReference(token);
            case PdfTokenKind.Name:
                return new PdfName(token.Text);
            case PdfTokenKind.String:
                return new PdfString(token.Bytes!);
            case PdfTokenKind.HexString:
                return new PdfString(token.Bytes!, isHex: true);
            case PdfTokenKind.ArrayStart:
                var array = new PdfArray();
                for (PdfToken t = NextToken(); t.Kind != PdfTokenKind.ArrayEnd; t = NextToken())
                {
                    ThrowIfEnd(t);
                    array.Items.Add(ParseObject(t, depth + 1));
                }

                return array;
            case PdfTokenKind.DictionaryStart:
                var dictionary = new PdfDictionary();
                for (PdfToken t = NextToken(); t.Kind != PdfTokenKind.DictionaryEnd; t = NextToken())
                {
                    ThrowIfEnd(t);
                    if (t.Kind != PdfTokenKind.Name)
                    {
                        throw PdfFormat.Error($"dictionary key expected at offset {t.Position}");
                    }

                    PdfToken valueToken = NextToken();
                    ThrowIfEnd(valueToken);
                    dictionary[t.Text] = ParseObject(valueToken, depth + 1);
                }

                return dictionary;
            case PdfTokenKind.Keyword when PdfKeyword.From(token.Text) is { } keyword:
                return keyword;
            default:
                throw PdfFormat.Error($"unexpected '{token.Text}' at offset {token.Position}");
        }
    }

    private static void ThrowIfEnd(PdfToken token)
    {
        if (token.Kind == PdfTokenKind.EndOfFile || (token.Kind == PdfTokenKind.Keyword && token.Text is "endobj" or "stream"))
        {
            throw PdfFormat.Error($"unterminated array or dictionary at offset {token.Position}");
        }
    }

    private PdfObject ParseNumberOrReference(PdfToken first)
    {
        var number = new PdfNumber(first.Text);
        if (!number.IsInteger)
        {
            return number;
        }

        PdfToken second = NextToken();
        if (second.Kind == PdfTokenKind.Number)
        {
            PdfToken third = NextToken();
            if (third.Kind == PdfTokenKind.Keyword && third.Text == "R" && new PdfNumber(second.Text).IsInteger)
            {
                return new PdfReference((int)number.LongValue, (int)new PdfNumber(second.Text).LongValue);
            }

            PushBack(third);
        }

        PushBack(second);
        return number;
    }
}
