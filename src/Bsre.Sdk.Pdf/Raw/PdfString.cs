namespace Bsre.Sdk.Pdf.Raw;

/// <summary>A literal or hexadecimal string, as its decoded bytes.</summary>
internal sealed class PdfString(byte[] value, bool isHex = false) : PdfObject
{
    public byte[] Value { get; } = value;

    public bool IsHex { get; } = isHex;

    /// <summary>Makes a text string: PDFDocEncoding-compatible ASCII as is, anything else as UTF-16BE with a BOM.</summary>
    public static PdfString FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(c => c is >= ' ' and < '\u007f'))
        {
            return new PdfString(System.Text.Encoding.ASCII.GetBytes(text));
        }

        return new PdfString([0xFE, 0xFF, .. System.Text.Encoding.BigEndianUnicode.GetBytes(text)]);
    }

    /// <summary>Decodes a text string (UTF-16BE with BOM, UTF-8 with BOM, else Latin-1 as an approximation of PDFDocEncoding).</summary>
    public string ToText()
    {
        if (Value is [0xFE, 0xFF, ..])
        {
            return System.Text.Encoding.BigEndianUnicode.GetString(Value, 2, Value.Length - 2);
        }

        if (Value is [0xEF, 0xBB, 0xBF, ..])
        {
            return System.Text.Encoding.UTF8.GetString(Value, 3, Value.Length - 3);
        }

        return System.Text.Encoding.Latin1.GetString(Value);
    }
}
