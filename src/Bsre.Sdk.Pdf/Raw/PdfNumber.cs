using System.Globalization;

namespace Bsre.Sdk.Pdf.Raw;

/// <summary>An integer or real number, kept in its source text so that it is written back unchanged.</summary>
internal sealed class PdfNumber : PdfObject
{
    public PdfNumber(string text)
    {
        Text = text;
        IsInteger = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value);
        Value = IsInteger
            ? value
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double real) ? real : 0;
    }

    public PdfNumber(long value)
        : this(value.ToString(CultureInfo.InvariantCulture))
    {
    }

    public PdfNumber(double value)
        : this(Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture))
    {
    }

    public string Text { get; }

    public bool IsInteger { get; }

    public double Value { get; }

    public long LongValue => IsInteger ? (long)Value : (long)Math.Round(Value);

    public override string ToString() => Text;
}
