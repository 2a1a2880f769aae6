namespace Bsre.Sdk.Pdf.Raw;

/// <summary>Decodes a literal string after its opening parenthesis: balanced parentheses, escapes, EOL normalisation.</summary>
internal readonly struct PdfLiteralStringReader(PdfByteReader reader)
{
    private const int MaxLength = 16 << 20;

    public byte[] Read()
    {
        long start = reader.Position;
        var bytes = new List<byte>();
        int depth = 1;
        while (true)
        {
            int b = reader.Read();
            if (b < 0 || bytes.Count > MaxLength)
            {
                throw PdfFormat.Error($"unterminated string at offset {start}");
            }

            switch (b)
            {
                case '(':
                    depth++;
                    bytes.Add((byte)b);
                    break;
                case ')':
                    if (--depth == 0)
                    {
                        return [.. bytes];
                    }

                    bytes.Add((byte)b);
                    break;
                case '\\':
                    ReadEscape(bytes);
                    break;
                case '\r':
                    if (reader.Peek() == '\n')
                    {
                        reader.Position++;
                    }

                    bytes.Add((byte)'\n');
                    break;
                default:
                    bytes.Add((byte)b);
                    break;
            }
        }
    }

    private void ReadEscape(List<byte> bytes)
    {
        int e = reader.Read();
        switch (e)
        {
            case 'n': bytes.Add((byte)'\n'); break;
            case 'r': bytes.Add((byte)'\r'); break;
            case 't': bytes.Add((byte)'\t'); break;
            case 'b': bytes.Add((byte)'\b'); break;
            case 'f': bytes.Add((byte)'\f'); break;
            case '\r':
                if (reader.Peek() == '\n')
                {
                    reader.Position++;
                }

                break;
            case '\n': break;
            case >= '0' and <= '7':
                int value = e - '0';
                for (int i = 0; i < 2 && reader.Peek() is >= '0' and <= '7'; i++)
                {
                    value = (value * 8) + (reader.Read() - '0');
                }

                bytes.Add((byte)value);
                break;
            case -1: break;
            default: bytes.Add((byte)e); break;
        }
    }
}
