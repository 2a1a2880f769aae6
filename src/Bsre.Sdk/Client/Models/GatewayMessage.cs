namespace Bsre.Sdk.Client;

/// <summary>A plain acknowledgement from the gateway (TOTP sent, user registered, activation requested or revoked).</summary>
public sealed class GatewayMessage
{
    /// <summary>Gets the gateway's message, if any.</summary>
    public string? Message { get; init; }

    /// <inheritdoc />
    public override string ToString() => Message ?? string.Empty;
}
