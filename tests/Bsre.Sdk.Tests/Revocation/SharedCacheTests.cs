using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;
using Microsoft.Extensions.Caching.StackExchangeRedis;

namespace Bsre.Sdk.Tests.Revocation;

/// <summary>Two validators (two checkers, two caches, two Redis connections) sharing one real Redis fetch each response once.</summary>
[Collection(RevocationTestGroup.Name)]
public sealed class SharedCacheTests
{
    private readonly RevocationFixture _fixture;

    public SharedCacheTests(RevocationFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    [SkippableFact]
    public async Task Two_validators_sharing_Redis_fetch_the_OCSP_response_once()
    {
        await using RedisServer redis = await RedisServer.StartOrSkipAsync();
        using RedisCache first = Connect(redis.Configuration);
        using RedisCache second = Connect(redis.Configuration);
        SignatureValidationOptions options = RevocationFixture.Options(RevocationCheckMode.OcspOnly);

        RevocationCheckResult a = await _fixture.CheckAsync(_fixture.Pki.SignerRevoked.Certificate, options, cache: new RevocationCache(first));
        RevocationCheckResult b = await _fixture.CheckAsync(_fixture.Pki.SignerRevoked.Certificate, options, cache: new RevocationCache(second));

        Assert.Equal(1, _fixture.Server.OcspRequests);
        Assert.Equal(SubIndication.RevokedNoPoe, a.Failure);
        Assert.Equal(SubIndication.RevokedNoPoe, b.Failure);
        Assert.Equal("keyCompromise", b.Info.Reason);
        Assert.Equal(a.Info.ProducedAt, b.Info.ProducedAt);
    }

    [SkippableFact]
    public async Task Two_validators_sharing_Redis_download_the_CRL_once()
    {
        await using RedisServer redis = await RedisServer.StartOrSkipAsync();
        using RedisCache first = Connect(redis.Configuration);
        using RedisCache second = Connect(redis.Configuration);
        SignatureValidationOptions options = RevocationFixture.Options(RevocationCheckMode.CrlOnly);

        RevocationCheckResult a = await _fixture.CheckAsync(_fixture.Pki.SignerRsa.Certificate, options, cache: new RevocationCache(first));
        RevocationCheckResult b = await _fixture.CheckAsync(_fixture.Pki.SignerRevoked.Certificate, options, cache: new RevocationCache(second));

        Assert.Equal(1, _fixture.Server.CrlRequests);
        Assert.Equal(RevocationStatus.Good, a.Info.Status);
        Assert.Equal(RevocationStatus.Revoked, b.Info.Status);
    }

    [Fact]
    public async Task Unreachable_Redis_only_costs_a_fetch()
    {
        using RedisCache down = Connect($"127.0.0.1:{LoopbackPorts.Free()},connectTimeout=300,abortConnect=true");
        SignatureValidationOptions options = RevocationFixture.Options(RevocationCheckMode.OcspOnly);

        RevocationCheckResult result = await _fixture.CheckAsync(_fixture.Pki.SignerRsa.Certificate, options, cache: new RevocationCache(down));

        Assert.Equal(RevocationStatus.Good, result.Info.Status);
        Assert.Equal(1, _fixture.Server.OcspRequests);
    }

    private static RedisCache Connect(string configuration)
        => new(new RedisCacheOptions { Configuration = configuration, InstanceName = "bsre-tests:" });
}
