using Bsre.Sdk.Client.Tests.Fakes;
using Bsre.Sdk.Testing.Emulator;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Tests.Revocation;
using Microsoft.Extensions.Caching.StackExchangeRedis;

namespace Bsre.Sdk.Client.Tests.Client;

/// <summary>
/// The production seal flow across two replicas (two clients, two Redis connections) sharing one real Redis:
/// one activation, refreshed once ahead of its expiry, and a single-use seal TOTP for every seal call.
/// </summary>
public sealed class SealReplicaTests
{
    private const string Subscriber = "SEAL-TEST-0001";
    private const string Activation = "/api/v2/seal/get/activation";

    [SkippableFact]
    public async Task Two_replicas_share_one_activation_refresh_it_once_and_use_a_seal_totp_per_call()
    {
        await using RedisServer redis = await RedisServer.StartOrSkipAsync();
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using BsreEmulator emulator = await BsreEmulator.StartAsync(new EmulatorOptions { Url = new Uri("http://127.0.0.1:0"), ConsoleLogging = false, TimeProvider = clock });
        using RedisCache cacheA = Connect(redis);
        using RedisCache cacheB = Connect(redis);
        using var http = new CountingHandler();
        BsreSealService a = Replica(emulator, http, cacheA, clock);
        BsreSealService b = Replica(emulator, http, cacheB, clock);

        await a.RequestActivationCodeAsync();
        DateTimeOffset expiry = (await a.ActivateAsync(emulator.Mailbox.LatestCode("sekretariat@example.go.id")!))!.Value;
        Assert.Equal(expiry, await b.GetActivationExpiryAsync());

        SignResult[] first = await Task.WhenAll(a.SealAsync([Document()]), b.SealAsync([Document()]));
        Assert.Equal(1, http.Count(Activation, body => body.Contains("totp", StringComparison.Ordinal)));

        clock.Set(expiry - TimeSpan.FromMinutes(5));
        SignResult[] second = await Task.WhenAll(a.SealAsync([Document()]), b.SealAsync([Document()]));

        Assert.All(first.Concat(second), r => Assert.Single(r.Documents));
        Assert.Equal(2, http.Count(Activation, body => body.Contains("totp", StringComparison.Ordinal))); // activation + one refresh
        Assert.Equal(1, http.Count(Activation, body => !body.Contains("totp", StringComparison.Ordinal)));
        Assert.Equal(4, http.Count("/api/v2/seal/get/totp"));
        Assert.Equal(4, http.Count("/api/v2/seal/pdf"));
        Assert.Single(emulator.Mailbox.Messages);
        DateTimeOffset refreshed = (await b.GetActivationExpiryAsync())!.Value;
        Assert.Equal(refreshed, await a.GetActivationExpiryAsync());
        Assert.True(refreshed > expiry);

        clock.Set(expiry + TimeSpan.FromMinutes(1)); // the first activation has lapsed at the gateway; the refreshed one carries on
        Assert.Single((await b.SealAsync([Document()])).Documents);
        Assert.Equal(2, http.Count(Activation, body => body.Contains("totp", StringComparison.Ordinal)));

        clock.Set(refreshed + TimeSpan.FromMinutes(1));
        var lapsed = await Assert.ThrowsAsync<BsreException>(() => a.SealAsync([Document()]));
        Assert.Equal(BsreErrorCode.InvalidTotp, lapsed.ErrorCode);
        Assert.Contains("activate again", lapsed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seal_totp_is_single_use()
    {
        await using BsreEmulator emulator = await BsreEmulator.StartAsync(new EmulatorOptions { Url = new Uri("http://127.0.0.1:0"), ConsoleLogging = false });
        var client = new BsreClient(new HttpClient(), new BsreClientOptions { BaseAddress = emulator.BaseUrl, Username = "esign", Password = "esign-emulator", AllowInsecureHttp = true });
        await client.RequestSealActivationAsync(Subscriber);
        SealTotp activation = await client.RefreshSealActivationAsync(Subscriber, emulator.Mailbox.LatestCode("sekretariat@example.go.id")!);
        SealTotp seal = await client.RequestSealTotpAsync(Subscriber, activation.Totp, 1);

        var first = new SealRequest { SubscriberId = Subscriber, Totp = seal.Totp };
        first.Documents.Add(Document());
        var again = new SealRequest { SubscriberId = Subscriber, Totp = seal.Totp };
        again.Documents.Add(Document());
        await client.SealAsync(first);
        var reused = await Assert.ThrowsAsync<BsreException>(() => client.SealAsync(again));

        Assert.Equal(BsreErrorCode.InvalidTotp, reused.ErrorCode);
        Assert.NotNull(activation.ExpiresAt); // the emulator writes BSrE's "2026-12-04 10:00:00 +0000", which the client reads
    }

    [SkippableFact]
    public async Task Sealing_without_a_stored_activation_names_the_fix_and_sends_nothing()
    {
        await using RedisServer redis = await RedisServer.StartOrSkipAsync();
        using RedisCache cache = Connect(redis);
        using var http = new CountingHandler();
        var client = new BsreClient(new HttpClient(http), new BsreClientOptions { BaseAddress = new Uri("http://127.0.0.1:9/"), Username = "u", Password = "p", AllowInsecureHttp = true });
        var seal = new BsreSealService(client, new DistributedCacheSealActivationStore(cache), new BsreSealOptions { SubscriberId = Subscriber });

        var error = await Assert.ThrowsAsync<BsreException>(() => seal.SealAsync([Document()]));

        Assert.Equal(BsreErrorCode.InvalidTotp, error.ErrorCode);
        Assert.Contains("ActivateAsync", error.Message, StringComparison.Ordinal);
        Assert.Empty(http.Sent);
    }

    private static BsreSealService Replica(BsreEmulator emulator, CountingHandler http, RedisCache cache, TimeProvider clock)
    {
        var options = new BsreClientOptions { BaseAddress = emulator.BaseUrl, Username = "esign", Password = "esign-emulator", AllowInsecureHttp = true };
        var client = new BsreClient(new HttpClient(http, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan }, options);
        return new BsreSealService(client, new DistributedCacheSealActivationStore(cache, clock), new BsreSealOptions { SubscriberId = Subscriber }, clock);
    }

    private static SignDocument Document() => new(new MemoryStream(SamplePdf.Create()));

    private static RedisCache Connect(RedisServer redis) =>
        new(new RedisCacheOptions { Configuration = redis.Configuration, InstanceName = "bsre-seal-tests:" });
}
