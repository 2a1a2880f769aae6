using System.Globalization;
using Bsre.Sdk.Pdf;

namespace Bsre.Sdk.Cli.Infrastructure;

/// <summary>Parses <c>--page</c> and <c>--rect</c> of the commands that place a visible signature (<c>pdf sign</c>, <c>pdf preview</c>).</summary>
internal static class PlacementArguments
{
    /// <summary>Parses <c>--page</c>: a 1-based number, <c>first</c> or <c>last</c>.</summary>
    public static int Page(string? value) => value switch
    {
        null or "first" => 1,
        "last" => PdfSignatureAppearance.LastPage,
        var n when int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number >= 1 => number,
        var n => throw CliException.Usage($"--page '{n}' is not a page number, first or last."),
    };

    /// <summary>Parses <c>--rect X,Y,W,H</c> (points on the page as shown) into <paramref name="appearance"/>.</summary>
    public static void Rectangle(string text, PdfSignatureAppearance appearance)
    {
        double[] r = text.Split(',').Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : double.NaN).ToArray();
        if (r.Length != 4 || r.Any(v => !double.IsFinite(v)) || r[2] <= 0 || r[3] <= 0)
        {
            throw CliException.Usage($"--rect '{text}' is not X,Y,W,H with a positive width and height.");
        }

        (appearance.X, appearance.Y, appearance.Width, appearance.Height) = (r[0], r[1], r[2], r[3]);
    }
}
