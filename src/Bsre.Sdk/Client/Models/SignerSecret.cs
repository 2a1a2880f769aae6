namespace Bsre.Sdk.Client;

/// <summary>How the signer proves consent: the certificate passphrase or a TOTP. <see cref="ToString"/> never shows the value.</summary>
public sealed class SignerSecret
{
    private SignerSecret(string value, bool isTotp)
    {
        Value = value;
        IsTotp = isTotp;
    }

    /// <summary>Gets whether this is a TOTP (else a passphrase).</summary>
    public bool IsTotp { get; }

    internal string Value { get; }

    /// <summary>The certificate passphrase.</summary>
    /// <param name="passphrase">The passphrase.</param>
    public static SignerSecret Passphrase(string passphrase)
    {
        ArgumentException.ThrowIfNullOrEmpty(passphrase);
        return new SignerSecret(passphrase, isTotp: false);
    }

    /// <summary>A one-time password from <see cref="BsreClient.RequestTotpAsync"/> (API v2 only).</summary>
    /// <param name="totp">The one-time password.</param>
    public static SignerSecret Totp(string totp)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(totp);
        return new SignerSecret(totp.Trim(), isTotp: true);
    }

    /// <inheritdoc />
    public override string ToString() => IsTotp ? "TOTP (redacted)" : "passphrase (redacted)";
}
