using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Timestamping;

namespace Bsre.Sdk.Tests.Signing;

/// <summary>The RFC 3161 client against a real HTTP TSA that misbehaves on purpose.</summary>
[Collection(PkiTestGroup.Name)]
public sealed class TimestampClientTests(PkiFixture fixture)
{
    private readonly byte[] _digest = SHA384.HashData(Cades.Content());

    [Fact]
    public async Task Normal_TSA_gives_a_token_over_the_digest_with_nonce_time_and_TSA_certificate()
    {
        TimestampToken token = await fixture.TimestampClient().RequestAsync(_digest, HashAlgorithmName.SHA384);

        Assert.Equal(_digest, token.MessageImprint.ToArray());
        Assert.Equal(HashAlgorithmName.SHA384, token.HashAlgorithm);
        Assert.True(token.Nonce is { Length: > 0 }, "The token echoes no nonce.");
        Assert.Equal(fixture.TimestampTime, token.GenerationTime);
        Assert.Equal(TimestampAuthorityServer.DefaultPolicyOid, token.PolicyOid.Value);
        Assert.Equal(fixture.Pki.Tsa.Certificate.Thumbprint, token.TsaCertificate?.Thumbprint);
        Assert.Equal(token.RawData.ToArray(), TimestampToken.Decode(token.RawData).RawData.ToArray());
    }

    [Fact]
    public async Task TryDecode_reads_a_token_and_says_no_to_anything_else()
    {
        TimestampToken token = await fixture.TimestampClient().RequestAsync(_digest, HashAlgorithmName.SHA384);

        Assert.True(TimestampToken.TryDecode(token.RawData, out TimestampToken? decoded));
        Assert.Equal(token.SerialNumber, decoded.SerialNumber);
        Assert.False(TimestampToken.TryDecode(token.RawData[..^10], out decoded));
        Assert.Null(decoded);
        Assert.False(TimestampToken.TryDecode(ReadOnlyMemory<byte>.Empty, out _));
        Assert.False(TimestampToken.TryDecode(Cades.Content(), out _));
    }

    [Fact]
    public async Task A_requested_policy_is_sent_and_one_the_TSA_does_not_use_is_Rejected()
    {
        var options = new TimestampClientOptions { Url = fixture.TimestampServer.Url, PolicyOid = new Oid(TimestampAuthorityServer.DefaultPolicyOid) };
        TimestampToken token = await new TimestampClient(fixture.Http, options).RequestAsync(_digest, HashAlgorithmName.SHA384);
        Assert.Equal(TimestampAuthorityServer.DefaultPolicyOid, token.PolicyOid.Value);

        options.PolicyOid = new Oid("1.3.6.1.4.1.99999.7");
        var e = await Assert.ThrowsAsync<TimestampException>(() => new TimestampClient(fixture.Http, options).RequestAsync(_digest, HashAlgorithmName.SHA384));
        Assert.Equal(TimestampFailure.Rejected, e.ErrorCode);
    }

    [Fact]
    public void A_policy_without_a_dotted_value_is_refused_when_the_client_is_made()
    {
        var options = new TimestampClientOptions { Url = fixture.TimestampServer.Url, PolicyOid = new Oid(null, "agency policy") };

        var e = Assert.Throws<ArgumentException>(() => new TimestampClient(fixture.Http, options));

        Assert.Contains("TimestampClientOptions.PolicyOid", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TimestampAuthorityBehavior.Rejection, TimestampFailure.Rejected)]
    [InlineData(TimestampAuthorityBehavior.WrongNonce, TimestampFailure.Mismatch)]
    [InlineData(TimestampAuthorityBehavior.WrongImprint, TimestampFailure.Mismatch)]
    [InlineData(TimestampAuthorityBehavior.NotTsaCertificate, TimestampFailure.InvalidToken)]
    [InlineData(TimestampAuthorityBehavior.Garbage, TimestampFailure.InvalidResponse)]
    [InlineData(TimestampAuthorityBehavior.HtmlError, TimestampFailure.ServiceUnavailable)]
    public async Task Misbehaving_TSA_gives_its_specific_failure(TimestampAuthorityBehavior behavior, TimestampFailure failure)
    {
        await using var tsa = await TimestampAuthorityServer.StartAsync(
            fixture.Pki.Tsa, fixture.Pki.Chain, new TimestampAuthorityOptions { Behavior = behavior, NotTsaSigner = fixture.Pki.SignerRsa });

        var e = await Assert.ThrowsAsync<TimestampException>(() => fixture.TimestampClient(tsa.Url).RequestAsync(_digest, HashAlgorithmName.SHA384));

        Assert.Equal(failure, e.ErrorCode);
        Assert.Equal(failure == TimestampFailure.ServiceUnavailable, e.IsTransient);
        Assert.Contains(tsa.Url.ToString(), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slow_TSA_beyond_the_timeout_is_a_transient_ServiceUnavailable()
    {
        await using var tsa = await TimestampAuthorityServer.StartAsync(fixture.Pki.Tsa, fixture.Pki.Chain, TimestampAuthorityBehavior.Slow);

        var e = await Assert.ThrowsAsync<TimestampException>(
            () => fixture.TimestampClient(tsa.Url, TimeSpan.FromMilliseconds(300)).RequestAsync(_digest, HashAlgorithmName.SHA384));

        Assert.Equal(TimestampFailure.ServiceUnavailable, e.ErrorCode);
        Assert.True(e.IsTransient);
    }

    [Fact]
    public async Task Nothing_listening_is_a_transient_ServiceUnavailable()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var e = await Assert.ThrowsAsync<TimestampException>(
            () => fixture.TimestampClient(new Uri($"http://127.0.0.1:{port}/tsa")).RequestAsync(_digest, HashAlgorithmName.SHA384));

        Assert.Equal(TimestampFailure.ServiceUnavailable, e.ErrorCode);
        Assert.True(e.IsTransient);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_reported_as_a_TSA_failure()
    {
        await using var tsa = await TimestampAuthorityServer.StartAsync(fixture.Pki.Tsa, fixture.Pki.Chain, TimestampAuthorityBehavior.Slow);
        using var cancellation = new CancellationTokenSource();
        Task<TimestampToken> request = fixture.TimestampClient(tsa.Url).RequestAsync(_digest, HashAlgorithmName.SHA384, cancellation.Token);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
    }
}
