namespace Bsre.Sdk.Client;

/// <summary>A seal TOTP (or a refreshed activation TOTP) issued by the gateway. <see cref="ToString"/> never shows it.</summary>
public sealed class SealTotp
{
    /// <summary>Gets the one-time password; keep it secret.</summary>
    public required string Totp { get; init; }

    /// <summary>Gets when it expires, as the gateway sent it.</summary>
    public string? Expires { get; init; }

    /// <summary>Gets the gateway's message, if any.</summary>
    public string? Message { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"seal TOTP (redacted), expires {Expires ?? "unknown"}";
}
