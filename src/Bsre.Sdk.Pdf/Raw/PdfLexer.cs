using System.Text;

namespace Bsre.Sdk.Pdf.Raw;

/// <summary>Splits PDF bytes into tokens (ISO 32000-2 §7.2–7.3), skipping white space and comments.</summary>
internal sealed class PdfLexer(PdfByteReader reader)
{
    private const int MaxTokenLength = 1 << 20;

    /// <summary>Collects the characters of one regular token; reused, as every number, name and keyword passes through it.</summary>
    private readonly StringBuilder _token = new();

    public PdfByteReader Reader { get; } = reader;

    public static bool IsWhiteSpace(int b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(int b) => b is '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%';

    public void SkipWhiteSpace()
    {
        while (true)
        {
            int b = Reader.Peek();
            if (IsWhiteSpace(b))
            {
                Reader.Position++;
            }
            else if (b == '%')
            {
                while (b is not (-1 or 10 or 13))
                {
                    Reader.Position++;
                    b = Reader.Peek();
                }
            }
            else
            {
                return;
            }
        }
    }

    public PdfToken Next()
    {
        SkipWhiteSpace();
        long start = Reader.Position;
        int b = Reader.Read();
        switch (b)
        {
            case -1: return new(PdfTokenKind.EndOfFile, string.Empty, null, start);
            case '[': return new(PdfTokenKind.ArrayStart, "[", null, start);
            case ']': return new(PdfTokenKind.ArrayEnd, "]", null, start);
            case '(': return new(PdfTokenKind.String, string.Empty, ReadLiteralString(), start);
            case '/': return new(PdfTokenKind.Name, ReadName(), null, start);
            case '>':
                Expect('>', start);
                return new(PdfTokenKind.DictionaryEnd, ">>", null, start);
            case '<':
                if (Reader.Peek() == '<')
                {
                    Reader.Position++;
                    return new(PdfTokenKind.DictionaryStart, "<<", null, start);
                }

                return new(PdfTokenKind.HexString, string.Empty, ReadHexString(start), start);
            default:
                Reader.Position--;
                string word = ReadRegular();
                if (word.Length == 0)
                {
                    throw PdfFormat.Error($"unexpected character 0x{b:X2} at offset {start}");
                }

                bool number = word[0] is '+' or '-' or '.' or (>= '0' and <= '9');
                return new(number ? PdfTokenKind.Number : PdfTokenKind.Keyword, word, null, start);
        }
    }

    private void Expect(char c, long start)
    {
        if (Reader.Read() != c)
        {
            throw PdfFormat.Error($"malformed token at offset {start}");
        }
    }

    private string ReadRegular()
    {
        _token.Clear();
        int b;
        while ((b = Reader.Peek()) >= 0 && !IsWhiteSpace(b) && !IsDelimiter(b))
        {
            _token.Append((char)b);
            Reader.Position++;
            if (_token.Length > MaxTokenLength)
            {
                throw PdfFormat.Error("token too long");
            }
        }

        return _token.ToString();
    }

    private string ReadName()
    {
        string raw = ReadRegular();
        if (!raw.Contains('#', StringComparison.Ordinal))
        {
            return raw;
        }

        var sb = new StringBuilder(raw.Length);
        for (int i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '#' && i + 2 < raw.Length && Uri.IsHexDigit(raw[i + 1]) && Uri.IsHexDigit(raw[i + 2]))
            {
                sb.Append((char)Convert.ToByte(raw.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                sb.Append(raw[i]);
            }
        }

        return sb.ToString();
    }

    private byte[] ReadHexString(long start)
    {
        var bytes = new List<byte>();
        int high = -1;
        while (true)
        {
            int b = Reader.Read();
            if (b == '>')
            {
                break;
            }

            if (b < 0 || bytes.Count > MaxTokenLength * 4)
            {
                throw PdfFormat.Error($"unterminated hex string at offset {start}");
            }

            if (IsWhiteSpace(b))
            {
                continue;
            }

            int v = HexValue(b, start);
            if (high < 0)
            {
                high = v;
            }
            else
            {
                bytes.Add((byte)((high << 4) | v));
                high = -1;
            }
        }

        if (high >= 0)
        {
            bytes.Add((byte)(high << 4));
        }

        return [.. bytes];
    }

    private static int HexValue(int b, long start) => b switch
    {
        >= '0' and <= '9' => b - '0',
        >= 'a' and <= 'f' => b - 'a' + 10,
        >= 'A' and <= 'F' => b - 'A' + 10,
        _ => throw PdfFormat.Error($"bad character in hex string at offset {start}"),
    };

    private byte[] ReadLiteralString() => new PdfLiteralStringReader(Reader).Read();
}
