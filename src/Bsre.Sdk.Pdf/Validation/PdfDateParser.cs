using System.Globalization;
using System.Text.RegularExpressions;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>Parses PDF date strings (ISO 32000-2 §7.9.4) such as <c>D:20261124130500+07'00'</c>; the inverse of <c>PdfDate.Format</c>.</summary>
internal static partial class PdfDateParser
{
    public static DateTimeOffset? Parse(PdfObject? value)
    {
        if (value is not PdfString text)
        {
            return null;
        }

        Match m = DatePattern().Match(text.ToText());
        if (!m.Success)
        {
            return null;
        }

        int Part(string name, int fallback) => m.Groups[name].Success ? int.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture) : fallback;
        try
        {
            var offset = m.Groups["sign"].Value is "+" or "-"
                ? new TimeSpan(Part("oh", 0), Part("om", 0), 0) * (m.Groups["sign"].Value == "-" ? -1 : 1)
                : TimeSpan.Zero;
            return new DateTimeOffset(Part("y", 1), Part("mo", 1), Part("d", 1), Part("h", 0), Part("mi", 0), Part("s", 0), offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(D:)?(?<y>\d{4})(?<mo>\d{2})?(?<d>\d{2})?(?<h>\d{2})?(?<mi>\d{2})?(?<s>\d{2})?(?<sign>[Zz+\-])?(?<oh>\d{2})?'?(?<om>\d{2})?'?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DatePattern();
}
