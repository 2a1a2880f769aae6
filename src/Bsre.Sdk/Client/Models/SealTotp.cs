using System.Globalization;

namespace Bsre.Sdk.Client;

/// <summary>A seal TOTP (or a refreshed activation TOTP) issued by the gateway. <see cref="ToString"/> never shows it.</summary>
public sealed class SealTotp
{
    /// <summary>Gets the one-time password; keep it secret.</summary>
    public required string Totp { get; init; }

    /// <summary>
    /// Gets when it expires, read from the gateway's <c>expires</c>: BSrE writes <c>2026-12-04 10:00:00 +0000</c>
    /// (<c>yyyy-MM-dd HH:mm:ss</c> with a <c>+hhmm</c>, <c>+hh:mm</c> or <c>Z</c> offset, UTC without one), older gateways
    /// ISO 8601 or epoch milliseconds. <see langword="null"/> when the gateway sent none or something that is not a time:
    /// the activation is then used until the gateway refuses it.
    /// </summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Gets the gateway's message, if any.</summary>
    public string? Message { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"seal TOTP (redacted), expires {ExpiresAt?.ToString("O", CultureInfo.InvariantCulture) ?? "unknown"}";
}
