namespace Bsre.Sdk.Client.Internal;

/// <summary>What one client method sends: its name for logs and errors, retry and timeout class, and the values to scrub.</summary>
internal sealed class GatewayCall
{
    public required string Operation { get; init; }

    /// <summary>Gets whether the call may be retried after a transient failure (never for sign and seal).</summary>
    public bool Idempotent { get; init; }

    /// <summary>Gets whether the call signs or seals (the longer timeout; a timeout may still have signed).</summary>
    public bool Signs { get; init; }

    public Redactor Redactor { get; init; } = Redactor.Empty;
}
