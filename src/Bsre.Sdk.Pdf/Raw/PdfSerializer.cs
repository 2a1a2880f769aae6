using System.Text;

namespace Bsre.Sdk.Pdf.Raw;

/// <summary>Writes objects in PDF syntax (ASCII, names escaped, strings as literals or hex).</summary>
internal static class PdfSerializer
{
    public static void Write(Stream output, PdfObject value)
    {
        switch (value)
        {
            case PdfName name:
                WriteName(output, name.Value);
                break;
            case PdfNumber number:
                Ascii(output, number.Text);
                break;
            case PdfString s:
                WriteString(output, s);
                break;
            case PdfKeyword keyword:
                Ascii(output, keyword.Text);
                break;
            case PdfReference r:
                Ascii(output, r.ToString());
                break;
            case PdfArray array:
                output.WriteByte((byte)'[');
                for (int i = 0; i < array.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        output.WriteByte((byte)' ');
                    }

                    Write(output, array.Items[i]);
                }

                output.WriteByte((byte)']');
                break;
            case PdfDictionary dictionary:
                WriteDictionary(output, dictionary);
                break;
            case PdfStream stream:
                byte[] data = stream.Data ?? throw new InvalidOperationException("Only new streams can be serialised.");
                stream.Dictionary["Length"] = new PdfNumber(data.Length);
                WriteDictionary(output, stream.Dictionary);
                Ascii(output, "\nstream\n");
                output.Write(data);
                Ascii(output, "\nendstream");
                break;
            default:
                throw new InvalidOperationException($"Cannot serialise {value.GetType().Name}.");
        }
    }

    public static void Ascii(Stream output, string text) => output.Write(Encoding.ASCII.GetBytes(text));

    private static void WriteDictionary(Stream output, PdfDictionary dictionary)
    {
        output.WriteByte((byte)'<');
        output.WriteByte((byte)'<');
        foreach (var (key, item) in dictionary.Entries)
        {
            WriteName(output, key);
            output.WriteByte((byte)' ');
            Write(output, item);
        }

        output.WriteByte((byte)'>');
        output.WriteByte((byte)'>');
    }

    private static void WriteName(Stream output, string name)
    {
        output.WriteByte((byte)'/');
        foreach (char c in name)
        {
            if (c is > ' ' and < '\u007f' and not '#' && !PdfLexer.IsDelimiter(c))
            {
                output.WriteByte((byte)c);
            }
            else
            {
                Ascii(output, "#" + ((int)c & 0xFF).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    private static void WriteString(Stream output, PdfString s)
    {
        if (s.IsHex)
        {
            Ascii(output, "<" + Convert.ToHexString(s.Value) + ">");
            return;
        }

        output.WriteByte((byte)'(');
        foreach (byte b in s.Value)
        {
            switch (b)
            {
                case (byte)'(' or (byte)')' or (byte)'\\':
                    output.WriteByte((byte)'\\');
                    output.WriteByte(b);
                    break;
                case (byte)'\r':
                    Ascii(output, "\\r");
                    break;
                default:
                    output.WriteByte(b);
                    break;
            }
        }

        output.WriteByte((byte)')');
    }
}
