using System.Globalization;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>Formats PDF date strings (ISO 32000-2 §7.9.4), e.g. <c>D:20261124130500+07'00'</c>.</summary>
internal static class PdfDate
{
    public static string Format(DateTimeOffset time)
    {
        string date = time.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        if (time.Offset == TimeSpan.Zero)
        {
            return "D:" + date + "Z";
        }

        TimeSpan o = time.Offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"D:{date}{(time.Offset < TimeSpan.Zero ? '-' : '+')}{o.Hours:D2}'{o.Minutes:D2}'");
    }
}
