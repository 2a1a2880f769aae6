namespace Bsre.Sdk.Usage;

/// <summary>Masks an Indonesian NIK (16 digits) for logs and reports: only the first 4 and last 2 digits stay.</summary>
public static class NikMask
{
    private const int Head = 4;
    private const int Tail = 2;

    /// <summary>Masks a NIK: <c>3201010101010001</c> becomes <c>3201**********01</c>. A value of 6 characters or fewer is masked whole.</summary>
    /// <param name="nik">The NIK; surrounding white space is ignored.</param>
    /// <returns>The masked NIK, as long as the input.</returns>
    public static string Mask(string nik)
    {
        ArgumentNullException.ThrowIfNull(nik);
        string value = nik.Trim();
        if (value.Length <= Head + Tail)
        {
            return new string('*', value.Length);
        }

        return string.Concat(value.AsSpan(0, Head), new string('*', value.Length - Head - Tail), value.AsSpan(value.Length - Tail));
    }

    /// <summary>Whether <paramref name="value"/> shows at most the first 4 and last 2 characters, everything between being <c>*</c>.</summary>
    /// <param name="value">A masked NIK.</param>
    /// <returns><see langword="true"/> when nothing beyond the kept digits is visible.</returns>
    public static bool IsMasked(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= Head + Tail)
        {
            return value.All(c => c == '*');
        }

        return value.AsSpan(Head, value.Length - Head - Tail).IndexOfAnyExcept('*') < 0;
    }
}
