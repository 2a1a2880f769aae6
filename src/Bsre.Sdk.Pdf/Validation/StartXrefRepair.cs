using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// pyHanko's non-strict recovery of a startxref that is off by a few bytes: when the offset does not land on a
/// cross-reference section, the nearest <c>xref</c> keyword or XRef-stream object within a small window is used.
/// The file is then read through a view with the corrected number; nothing else is repaired.
/// </summary>
internal static partial class StartXrefRepair
{
    private const int Window = 16;
    private const int TailLength = 1024;

    /// <summary>Returns whether the file ends with <c>startxref</c>, one offset and <c>%%EOF</c>, as pyHanko requires even when lenient.</summary>
    public static bool EndsWithStartXref(Stream source)
    {
        string text = Tail(source);
        int at = text.LastIndexOf("startxref", StringComparison.Ordinal);
        return at >= 0 && StartXref().IsMatch(text[at..]);
    }

    /// <summary>Gets how many leading bytes a repair of <paramref name="source"/> leaves as they are: all but the tail it patches.</summary>
    public static long UnpatchedLength(Stream source) => Math.Max(0, source.Length - TailLength);

    /// <summary>Returns a view of <paramref name="source"/> with a corrected startxref, or <see langword="null"/> when no nearby section is found.</summary>
    public static Stream? TryRepair(Stream source)
    {
        string text = Tail(source);
        int at = text.LastIndexOf("startxref", StringComparison.Ordinal);
        Match m = StartXref().Match(text, Math.Max(0, at));
        if (!m.Success || !long.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out long declared))
        {
            return null;
        }

        long from = Math.Max(0, declared - Window);
        byte[] around = new byte[(int)Math.Min(2 * Window + 32, Math.Max(0, source.Length - from))];
        source.Position = from;
        source.ReadExactly(around);
        string window = Encoding.Latin1.GetString(around);
        long? found = Candidates().Matches(window).Select(c => from + c.Index + (c.Value[0] is '\n' or '\r' or ' ' ? 1 : 0))
            .Where(c => c != declared).OrderBy(c => Math.Abs(c - declared)).Cast<long?>().FirstOrDefault();
        if (found is not long offset)
        {
            return null;
        }

        string digits = offset.ToString(CultureInfo.InvariantCulture).PadLeft(m.Groups[1].Length, '0');
        if (digits.Length != m.Groups[1].Length)
        {
            return null;
        }

        long numberAt = source.Length - text.Length + m.Groups[1].Index; // Latin-1: one char a byte
        var patch = new MemoryStream(Encoding.ASCII.GetBytes(digits), writable: false);
        return new SegmentStream([(source, 0, numberAt), (patch, 0, digits.Length), (source, numberAt + digits.Length, source.Length - numberAt - digits.Length)]);
    }

    /// <summary>The last <see cref="TailLength"/> bytes of the file, one Latin-1 char a byte.</summary>
    private static string Tail(Stream source)
    {
        byte[] tail = new byte[(int)Math.Min(TailLength, source.Length)];
        source.Position = source.Length - tail.Length;
        source.ReadExactly(tail);
        return Encoding.Latin1.GetString(tail);
    }

    [GeneratedRegex(@"\Gstartxref\s+(\d+)\s*%%EOF", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(?:^|[\r\n ])(xref|\d+\s+\d+\s+obj)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Candidates();
}
