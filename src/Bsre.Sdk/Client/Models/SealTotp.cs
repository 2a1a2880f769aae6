using Bsre.Sdk.Client.Internal;

namespace Bsre.Sdk.Client;

/// <summary>A seal TOTP (or a refreshed activation TOTP) issued by the gateway. <see cref="ToString"/> never shows it.</summary>
public sealed class SealTotp
{
    /// <summary>Gets the one-time password; keep it secret.</summary>
    public required string Totp { get; init; }

    /// <summary>Gets when it expires, as the gateway sent it (BSrE writes e.g. <c>2026-12-04 10:00:00 +0000</c>).</summary>
    public string? Expires { get; init; }

    /// <summary>
    /// Gets <see cref="Expires"/> parsed: <c>yyyy-MM-dd HH:mm:ss</c> with a <c>+hhmm</c>, <c>+hh:mm</c> or <c>Z</c> offset
    /// (UTC without one), ISO 8601, or epoch milliseconds; <see langword="null"/> when absent or unreadable.
    /// </summary>
    public DateTimeOffset? ExpiresAt => GatewayTime.Parse(Expires);

    /// <summary>Gets the gateway's message, if any.</summary>
    public string? Message { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"seal TOTP (redacted), expires {Expires ?? "unknown"}";
}
