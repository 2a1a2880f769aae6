using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Distributed;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>
/// A cache of fetched revocation data (OCSP responses keyed by the certificate's CertID hash, CRLs by URL), kept as
/// raw DER until its nextUpdate (or <see cref="RevocationOptions.MaxAgeWithoutNextUpdate"/> after thisUpdate when it has
/// none). Every use re-verifies the cached bytes, so a poisoned shared cache cannot forge a status. In memory, bounded by
/// entry count; optionally backed by an <see cref="IDistributedCache"/> (e.g. Redis) so a farm of servers fetches each
/// response once. Thread-safe; concurrent requests for the same key in one process share one fetch. Share one instance
/// per process. A distributed cache call that fails or takes over 2 s is abandoned, and the distributed cache is then
/// left alone for 30 s, so an outage costs fetches, not latency.
/// </summary>
public sealed class RevocationCache
{
    private const string DistributedPrefix = "bsre:revocation:";
    private static readonly TimeSpan DistributedTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan DistributedRetryAfter = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, RevocationCacheEntry> _memory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<RevocationCacheEntry>>> _inFlight = new(StringComparer.Ordinal);
    private readonly IDistributedCache? _distributed;
    private readonly TimeProvider _timeProvider;
    private readonly int _maxEntries;
    private long _distributedDownUntilTicks;

    /// <summary>Gets the in-memory cache validators share when they are given none (their <c>revocationCache</c> parameter).</summary>
    internal static RevocationCache Shared { get; } = new();

    /// <summary>Creates a cache.</summary>
    /// <param name="distributedCache">A shared second level (e.g. Redis via Microsoft.Extensions.Caching.StackExchangeRedis), or <see langword="null"/> for memory only. Its failures are ignored: the data is then fetched.</param>
    /// <param name="timeProvider">The clock that decides expiry; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="maxEntries">The most entries kept in memory (expired ones are dropped first); at least 1.</param>
    public RevocationCache(IDistributedCache? distributedCache = null, TimeProvider? timeProvider = null, int maxEntries = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEntries, 1);
        _distributed = distributedCache;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _maxEntries = maxEntries;
    }

    /// <summary>Gets the number of entries held in memory (some may have expired and not yet been dropped).</summary>
    public int Count => _memory.Count;

    /// <summary>Drops every in-memory entry (the distributed cache is left alone).</summary>
    public void Clear() => _memory.Clear();

    /// <summary>Returns the fresh entry for <paramref name="key"/>: from memory, else the distributed cache, else <paramref name="fetch"/>, which must verify what it returns; only entries not yet expired are stored.</summary>
    internal async Task<RevocationCacheEntry> GetOrFetchAsync(string key, Func<CancellationToken, Task<RevocationCacheEntry>> fetch, CancellationToken cancellationToken)
    {
        if (TryGetFresh(key, out RevocationCacheEntry? cached))
        {
            CountLookup("memory_hit");
            return cached;
        }

        Lazy<Task<RevocationCacheEntry>>? created = null;
        created = new Lazy<Task<RevocationCacheEntry>>(() => LoadAsync(key, fetch, created!));
        Lazy<Task<RevocationCacheEntry>> flight = _inFlight.GetOrAdd(key, created);
        return await flight.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<RevocationCacheEntry> LoadAsync(string key, Func<CancellationToken, Task<RevocationCacheEntry>> fetch, Lazy<Task<RevocationCacheEntry>> self)
    {
        try
        {
            await Task.Yield();
            if (TryGetFresh(key, out RevocationCacheEntry? cached))
            {
                CountLookup("memory_hit");
                return cached;
            }

            RevocationCacheEntry? shared = RevocationCacheEntry.Deserialize(await ReadDistributedAsync(key).ConfigureAwait(false));
            if (shared is not null && shared.ExpiresAt > _timeProvider.GetUtcNow())
            {
                Remember(key, shared);
                CountLookup("distributed_hit");
                return shared;
            }

            CountLookup("miss");

            // The fetch is shared by every waiter, so no single caller's token may cancel it; it has its own timeout.
            RevocationCacheEntry fetched = await fetch(CancellationToken.None).ConfigureAwait(false);
            if (fetched.ExpiresAt > _timeProvider.GetUtcNow())
            {
                Remember(key, fetched);
                await WriteDistributedAsync(key, fetched).ConfigureAwait(false);
            }

            return fetched;
        }
        finally
        {
            _inFlight.TryRemove(KeyValuePair.Create(key, self));
        }
    }

    private static void CountLookup(string result) => BsreTelemetry.RevocationCacheLookups.Add(1, new KeyValuePair<string, object?>("bsre.revocation.cache.result", result));

    private bool TryGetFresh(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RevocationCacheEntry? entry)
    {
        if (_memory.TryGetValue(key, out entry))
        {
            if (entry.ExpiresAt > _timeProvider.GetUtcNow())
            {
                return true;
            }

            _memory.TryRemove(KeyValuePair.Create(key, entry));
        }

        entry = null;
        return false;
    }

    private void Remember(string key, RevocationCacheEntry entry)
    {
        if (_memory.Count >= _maxEntries)
        {
            Evict();
        }

        _memory[key] = entry;
    }

    /// <summary>Drops expired entries, then (if still full) the ones expiring soonest, down to three quarters of the bound.</summary>
    private void Evict()
    {
        DateTimeOffset now = _timeProvider.GetUtcNow();
        foreach (KeyValuePair<string, RevocationCacheEntry> pair in _memory.Where(p => p.Value.ExpiresAt <= now).ToList())
        {
            _memory.TryRemove(pair);
        }

        int excess = _memory.Count - (_maxEntries * 3 / 4);
        foreach (KeyValuePair<string, RevocationCacheEntry> pair in _memory.OrderBy(p => p.Value.ExpiresAt).Take(Math.Max(0, excess)).ToList())
        {
            _memory.TryRemove(pair);
        }
    }

    private async Task<byte[]?> ReadDistributedAsync(string key)
    {
        if (!DistributedUsable())
        {
            return null;
        }

        try
        {
            return await _distributed!.GetAsync(DistributedPrefix + key).WaitAsync(DistributedTimeout).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            MarkDistributedDown(); // A shared cache that is down only costs a fetch.
            return null;
        }
    }

    private async Task WriteDistributedAsync(string key, RevocationCacheEntry entry)
    {
        if (!DistributedUsable())
        {
            return;
        }

        try
        {
            var options = new DistributedCacheEntryOptions { AbsoluteExpiration = entry.ExpiresAt };
            await _distributed!.SetAsync(DistributedPrefix + key, entry.Serialize(), options).WaitAsync(DistributedTimeout).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            MarkDistributedDown(); // Not shared this time; the next server fetches it itself.
        }
    }

    private bool DistributedUsable()
        => _distributed is not null && _timeProvider.GetUtcNow().UtcTicks >= Interlocked.Read(ref _distributedDownUntilTicks);

    private void MarkDistributedDown()
        => Interlocked.Exchange(ref _distributedDownUntilTicks, (_timeProvider.GetUtcNow() + DistributedRetryAfter).UtcTicks);
}
