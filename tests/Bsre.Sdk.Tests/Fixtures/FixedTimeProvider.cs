namespace Bsre.Sdk.Tests.Fixtures;

/// <summary>A clock that always tells the same time, so signing and timestamp times can be asserted exactly.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
