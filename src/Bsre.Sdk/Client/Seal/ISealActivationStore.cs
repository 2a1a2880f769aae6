namespace Bsre.Sdk.Client;

/// <summary>
/// Where a <see cref="BsreSealService"/> keeps the seal activation TOTP, shared by every replica of an application:
/// refreshing the activation invalidates the previous one, so replicas must read one stored value and refresh it
/// under one lock. <see cref="DistributedCacheSealActivationStore"/> is the default.
/// </summary>
public interface ISealActivationStore
{
    /// <summary>Reads the stored activation of a subscriber.</summary>
    /// <param name="subscriberId">The institution's <c>idSubscriber</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The activation, or <see langword="null"/> when none is stored.</returns>
    Task<SealTotp?> GetAsync(string subscriberId, CancellationToken cancellationToken = default);

    /// <summary>Stores a subscriber's activation, replacing the previous one.</summary>
    /// <param name="subscriberId">The institution's <c>idSubscriber</c>.</param>
    /// <param name="activation">The activation TOTP and its expiry.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the activation is stored.</returns>
    Task SetAsync(string subscriberId, SealTotp activation, CancellationToken cancellationToken = default);

    /// <summary>Removes a subscriber's activation (after it was revoked).</summary>
    /// <param name="subscriberId">The institution's <c>idSubscriber</c>.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns>A task that completes when the activation is removed.</returns>
    Task RemoveAsync(string subscriberId, CancellationToken cancellationToken = default);

    /// <summary>Takes the subscriber's refresh lock, held by one caller across all replicas until disposed.</summary>
    /// <param name="subscriberId">The institution's <c>idSubscriber</c>.</param>
    /// <param name="timeout">How long to wait for the lock.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The held lock; dispose it to release.</returns>
    /// <exception cref="TimeoutException">Another holder kept the lock longer than <paramref name="timeout"/>.</exception>
    Task<IAsyncDisposable> LockAsync(string subscriberId, TimeSpan timeout, CancellationToken cancellationToken = default);
}
