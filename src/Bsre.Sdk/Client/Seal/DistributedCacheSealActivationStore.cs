using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bsre.Sdk.Client.Internal;
using Microsoft.Extensions.Caching.Distributed;

namespace Bsre.Sdk.Client;

/// <summary>
/// Keeps seal activations in an <see cref="IDistributedCache"/> (Redis, SQL Server, ...) so that every replica of an
/// application uses the same one, with a refresh lock leased in the same cache.
/// </summary>
/// <remarks>
/// <para>The activation is stored as JSON under <c>bsre:seal:activation:{idSubscriber}</c>, expiring with it. It is a
/// secret: protect the cache as you protect the gateway credentials.</para>
/// <para><see cref="IDistributedCache"/> has no atomic "set if absent", so the lock is a lease written under
/// <c>bsre:seal:lock:{idSubscriber}</c> and read back after a settle delay; of writers racing within that delay the
/// last one wins and the others wait. Within one process a semaphore serialises callers first.
/// <see cref="BsreSealService"/> also re-reads the store when the gateway refuses an activation, so a lost race costs
/// one extra call, never a failed seal. For strict mutual exclusion implement <see cref="ISealActivationStore.LockAsync"/>
/// with your store's own primitive (e.g. Redis <c>SET NX PX</c>).</para>
/// </remarks>
public sealed class DistributedCacheSealActivationStore : ISealActivationStore
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(50);
    private readonly IDistributedCache _cache;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _local = new(StringComparer.Ordinal);

    /// <summary>Creates the store.</summary>
    /// <param name="cache">The cache shared by the application's replicas.</param>
    /// <param name="timeProvider">The clock for entry expiry; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public DistributedCacheSealActivationStore(IDistributedCache cache, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(cache);
        _cache = cache;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async Task<SealTotp?> GetAsync(string subscriberId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriberId);
        byte[]? stored = await _cache.GetAsync(ActivationKey(subscriberId), cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        try
        {
            using JsonDocument json = JsonDocument.Parse(stored);
            JsonElement root = json.RootElement;
            return root.TryGetProperty("totp", out JsonElement totp) && totp.ValueKind == JsonValueKind.String
                ? new SealTotp { Totp = totp.GetString()!, ExpiresAt = GatewayTime.Parse(JsonValues.String(root, "expires")) }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task SetAsync(string subscriberId, SealTotp activation, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriberId);
        ArgumentNullException.ThrowIfNull(activation);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("totp", activation.Totp);
            if (activation.ExpiresAt is { } expiry)
            {
                writer.WriteString("expires", expiry);
            }

            writer.WriteEndObject();
        }

        var entry = new DistributedCacheEntryOptions();
        if (activation.ExpiresAt is { } expires && expires > _time.GetUtcNow())
        {
            entry.AbsoluteExpiration = expires;
        }

        await _cache.SetAsync(ActivationKey(subscriberId), buffer.ToArray(), entry, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task RemoveAsync(string subscriberId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriberId);
        return _cache.RemoveAsync(ActivationKey(subscriberId), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IAsyncDisposable> LockAsync(string subscriberId, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriberId);
        SemaphoreSlim local = _local.GetOrAdd(subscriberId, _ => new SemaphoreSlim(1, 1));
        long started = Stopwatch.GetTimestamp();
        if (!await local.WaitAsync(timeout, cancellationToken).ConfigureAwait(false))
        {
            throw new TimeoutException($"The seal refresh lock of subscriber '{subscriberId}' was not free within {timeout.TotalSeconds:0} s.");
        }

        try
        {
            string key = LockKey(subscriberId);
            byte[] token = Encoding.ASCII.GetBytes(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
            while (true)
            {
                if (await _cache.GetAsync(key, cancellationToken).ConfigureAwait(false) is null)
                {
                    await _cache.SetAsync(key, token, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lease }, cancellationToken).ConfigureAwait(false);
                    await Task.Delay(Settle, cancellationToken).ConfigureAwait(false);
                    if (await _cache.GetAsync(key, cancellationToken).ConfigureAwait(false) is { } holder && holder.AsSpan().SequenceEqual(token))
                    {
                        return new Held(this, key, token, local);
                    }
                }

                if (Stopwatch.GetElapsedTime(started) > timeout)
                {
                    throw new TimeoutException($"The seal refresh lock of subscriber '{subscriberId}' was not free within {timeout.TotalSeconds:0} s.");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(50 + RandomNumberGenerator.GetInt32(100)), cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            local.Release();
            throw;
        }
    }

    private static string ActivationKey(string subscriberId) => $"bsre:seal:activation:{subscriberId}";

    private static string LockKey(string subscriberId) => $"bsre:seal:lock:{subscriberId}";

    private sealed class Held(DistributedCacheSealActivationStore store, string key, byte[] token, SemaphoreSlim local) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 1)
            {
                return;
            }

            try
            {
                if (await store._cache.GetAsync(key).ConfigureAwait(false) is { } holder && holder.AsSpan().SequenceEqual(token))
                {
                    await store._cache.RemoveAsync(key).ConfigureAwait(false);
                }
            }
            finally
            {
                local.Release();
            }
        }
    }
}
