using System.Text;

namespace Bsre.Sdk.Pdf.Raw.Encryption;

/// <summary>
/// The SASLprep mapping and normalisation (RFC 4013 §2.1–2.2) that ISO 32000-2 §7.6.4.3.3 applies to AES-256
/// passwords before UTF-8 encoding: non-ASCII spaces become U+0020, characters "commonly mapped to nothing"
/// (RFC 3454 table B.1) are removed, then NFKC. So "café" typed with a combining accent, or a no-break space,
/// opens a file encrypted by a tool that followed the standard.
/// </summary>
internal static class SaslPrep
{
    public static string Prepare(ReadOnlySpan<char> password)
    {
        var mapped = new StringBuilder(password.Length);
        foreach (char c in password)
        {
            if (IsMappedToNothing(c))
            {
                continue;
            }

            mapped.Append(IsNonAsciiSpace(c) ? ' ' : c);
        }

        return mapped.ToString().Normalize(NormalizationForm.FormKC);
    }

    /// <summary>RFC 3454 table C.1.2.</summary>
    private static bool IsNonAsciiSpace(char c)
        => c is '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200B') or '\u202F' or '\u205F' or '\u3000';

    /// <summary>RFC 3454 table B.1.</summary>
    private static bool IsMappedToNothing(char c)
        => c is '\u00AD' or '\u034F' or '\u1806' or (>= '\u180B' and <= '\u180D') or (>= '\u200C' and <= '\u200D') or '\u2060'
            or (>= '\uFE00' and <= '\uFE0F') or '\uFEFF';
}
