using System.Text.RegularExpressions;

namespace Bsre.Sdk.Client.Internal;

/// <summary>Removes a call's secrets (passphrase, TOTP, NIK, e-mail) and any NIK-like 16-digit number from text.</summary>
internal sealed partial class Redactor
{
    public static readonly Redactor Empty = new([]);

    private readonly string[] _secrets;

    public Redactor(IEnumerable<string?> secrets)
    {
        _secrets = secrets.Where(s => !string.IsNullOrEmpty(s) && s.Length >= 3).Select(s => s!).Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length).ToArray();
    }

    public string Scrub(string text)
    {
        foreach (string secret in _secrets)
        {
            text = text.Replace(secret, "***", StringComparison.OrdinalIgnoreCase);
        }

        return NikLike().Replace(text, "***");
    }

    [GeneratedRegex(@"(?<!\d)\d{16}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NikLike();
}
