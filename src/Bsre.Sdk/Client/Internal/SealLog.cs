using Microsoft.Extensions.Logging;

namespace Bsre.Sdk.Client.Internal;

/// <summary>The seal service's log messages; none takes a TOTP.</summary>
internal static partial class SealLog
{
    [LoggerMessage(EventId = BsreEventId.SealActivationStored, EventName = nameof(BsreEventId.SealActivationStored), Level = LogLevel.Information,
        Message = "Seal activation of subscriber {SubscriberId} stored; it expires at {ExpiresAt}")]
    public static partial void Activated(ILogger logger, string subscriberId, DateTimeOffset? expiresAt);

    [LoggerMessage(EventId = BsreEventId.SealActivationRefreshed, EventName = nameof(BsreEventId.SealActivationRefreshed), Level = LogLevel.Information,
        Message = "Seal activation of subscriber {SubscriberId} expiring at {PreviousExpiry} refreshed; the new one expires at {ExpiresAt}")]
    public static partial void Refreshed(ILogger logger, string subscriberId, DateTimeOffset? previousExpiry, DateTimeOffset? expiresAt);
}
