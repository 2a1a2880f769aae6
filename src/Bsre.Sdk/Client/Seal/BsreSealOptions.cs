namespace Bsre.Sdk.Client;

/// <summary>Settings of a <see cref="BsreSealService"/>: which subscriber seals, and when its activation is refreshed.</summary>
public sealed class BsreSealOptions
{
    /// <summary>Gets or sets the institution's <c>idSubscriber</c>.</summary>
    /// <value>No default: required.</value>
    public string? SubscriberId { get; set; }

    /// <summary>
    /// Gets or sets how long before its expiry the stored activation TOTP is refreshed (through
    /// <c>seal/get/activation</c> with the current one), so no seal call runs on an activation about to lapse.
    /// </summary>
    /// <value>Default 30 minutes.</value>
    public TimeSpan RefreshBefore { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Gets or sets how long a replica waits for another one's refresh.</summary>
    /// <value>Default 60 seconds.</value>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
