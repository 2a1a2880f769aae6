namespace Bsre.Sdk.Client;

/// <summary>Who signs: a NIK (16-digit national id) or a registered e-mail. <see cref="ToString"/> never shows the value.</summary>
public sealed class SignerId
{
    private SignerId(string? nik, string? email)
    {
        Nik = nik;
        Email = email;
    }

    /// <summary>Gets the NIK, or <see langword="null"/> for an e-mail identity.</summary>
    public string? Nik { get; }

    /// <summary>Gets the e-mail, or <see langword="null"/> for a NIK identity.</summary>
    public string? Email { get; }

    /// <summary>Identifies the signer by NIK.</summary>
    /// <param name="nik">The signer's NIK.</param>
    public static SignerId FromNik(string nik)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nik);
        return new SignerId(nik.Trim(), null);
    }

    /// <summary>Identifies the signer by the e-mail registered with BSrE (API v2 only).</summary>
    /// <param name="email">The signer's e-mail.</param>
    public static SignerId FromEmail(string email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return new SignerId(null, email.Trim());
    }

    /// <inheritdoc />
    public override string ToString() => Nik is null ? "e-mail (redacted)" : "NIK (redacted)";

    internal string Value => Nik ?? Email!;
}
