using Bsre.Sdk.Testing;
using Bsre.Sdk.Testing.Revocation;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Tests.Revocation;

/// <summary>The in-memory <see cref="RevocationCache"/>: reuse until nextUpdate, one fetch for concurrent checks, no caching of bad data.</summary>
[Collection(RevocationTestGroup.Name)]
public sealed class CacheTests
{
    private readonly RevocationFixture _fixture;

    public CacheTests(RevocationFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    [Fact]
    public async Task Second_check_is_served_from_the_cache()
    {
        var cache = new RevocationCache();
        SignatureValidationOptions options = RevocationFixture.Options(RevocationCheckMode.OcspOnly);

        await _fixture.CheckAsync(_fixture.Pki.SignerRsa.Certificate, options, cache: cache);
        RevocationCheckResult second = await _fixture.CheckAsync(_fixture.Pki.SignerRsa.Certificate, options, cache: cache);

        Assert.Equal(RevocationStatus.Good, second.Info.Status);
        Assert.Equal(1, _fixture.Server.OcspRequests);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public async Task Concurrent_checks_of_one_certificate_fetch_once()
    {
        var cache = new RevocationCache();
        _fixture.Server.Delay = TimeSpan.FromMilliseconds(300);
        RevocationChecker checker = _fixture.Checker(RevocationFixture.Options(RevocationCheckMode.OcspOnly), cache);

        RevocationCheckResult[] results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => checker.CheckAsync(
            _fixture.Pki.SignerRsa.Certificate, _fixture.Issuer, DateTimeOffset.UtcNow, RevocationEvidence.Empty, CancellationToken.None))));

        Assert.All(results, r => Assert.Equal(RevocationStatus.Good, r.Info.Status));
        Assert.Equal(1, _fixture.Server.OcspRequests);
    }

    [Fact]
    public async Task One_CRL_download_serves_every_certificate_of_the_issuer()
    {
        var cache = new RevocationCache();
        SignatureValidationOptions options = RevocationFixture.Options(RevocationCheckMode.CrlOnly);

        foreach (TestIdentity identity in new[] { _fixture.Pki.SignerRsa, _fixture.Pki.SignerEcdsa, _fixture.Pki.SignerRevoked, _fixture.Pki.Tsa })
        {
            await _fixture.CheckAsync(identity.Certificate, options, cache: cache);
        }

        Assert.Equal(1, _fixture.Server.CrlRequests);
    }

    [Fact]
    public async Task Stale_CRL_is_not_cached()
    {
        var cache = new RevocationCache();
        var now = DateTimeOffset.UtcNow;
        _fixture.Server.SetCrl("intermediate.crl", new TestCrlBuilder(_fixture.Pki.Intermediate, now.AddDays(-10), now.AddDays(-3)).Build());
        SignatureValidationOptions options = RevocationFixture.Options(RevocationCheckMode.CrlOnly);

        await _fixture.CheckAsync(_fixture.Pki.SignerRsa.Certificate, options, cache: cache);
        await _fixture.CheckAsync(_fixture.Pki.SignerRsa.Certificate, options, cache: cache);

        Assert.Equal(2, _fixture.Server.CrlRequests);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task Entries_expire_at_nextUpdate()
    {
        var clock = new Fixtures.FixedTimeProvider(DateTimeOffset.UtcNow.AddDays(2));
        var cache = new RevocationCache(timeProvider: clock);
        var entry = new RevocationCacheEntry([1, 2, 3], DateTimeOffset.UtcNow.AddDays(1));
        int fetches = 0;

        RevocationCacheEntry first = await cache.GetOrFetchAsync("k", _ => { fetches++; return Task.FromResult(entry); }, CancellationToken.None);

        Assert.Same(entry, first);
        Assert.Equal(1, fetches);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task Memory_is_bounded()
    {
        var cache = new RevocationCache(maxEntries: 10);
        for (int i = 0; i < 50; i++)
        {
            var entry = new RevocationCacheEntry([1], DateTimeOffset.UtcNow.AddMinutes(i + 1));
            await cache.GetOrFetchAsync("k" + i, _ => Task.FromResult(entry), CancellationToken.None);
        }

        Assert.InRange(cache.Count, 1, 10);
        cache.Clear();
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Distributed_form_round_trips_and_rejects_junk()
    {
        var entry = new RevocationCacheEntry([9, 8, 7], DateTimeOffset.FromUnixTimeMilliseconds(1_900_000_000_000));
        RevocationCacheEntry? back = RevocationCacheEntry.Deserialize(entry.Serialize());

        Assert.Equal(entry.Der, back!.Der);
        Assert.Equal(entry.ExpiresAt, back.ExpiresAt);
        Assert.Null(RevocationCacheEntry.Deserialize([1, 2]));
        Assert.Null(RevocationCacheEntry.Deserialize([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 1]));
    }
}
