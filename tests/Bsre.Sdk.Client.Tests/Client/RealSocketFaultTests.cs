using Bsre.Sdk.Testing;
using Microsoft.AspNetCore.Http;

namespace Bsre.Sdk.Client.Tests.Client;

/// <summary>Faults on a real socket (Kestrel on 127.0.0.1): a reset connection and a slow gateway; the sign call is sent once.</summary>
public sealed class RealSocketFaultTests
{
    [Fact]
    public async Task A_connection_reset_mid_sign_is_ServiceUnavailable_and_not_retried()
    {
        int requests = 0;
        await using LoopbackHttpServer server = await LoopbackHttpServer.StartAsync(async context =>
        {
            Interlocked.Increment(ref requests);
            await context.Request.Body.CopyToAsync(Stream.Null);
            context.Abort();
        });
        BsreClient client = Client(server, TimeSpan.FromSeconds(30));

        var error = await Assert.ThrowsAsync<BsreException>(() => client.SignAsync(FaultyGatewayTests.V2Request()));

        Assert.Equal((BsreErrorCode.ServiceUnavailable, true), (error.ErrorCode, error.IsTransient));
        Assert.Equal(1, Volatile.Read(ref requests));
    }

    [Fact]
    public async Task A_slow_gateway_times_out_once()
    {
        int requests = 0;
        await using LoopbackHttpServer slow = await LoopbackHttpServer.StartAsync(async context =>
        {
            Interlocked.Increment(ref requests);
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            context.Response.StatusCode = StatusCodes.Status200OK;
        });
        // The gateway never answers; the timeout is long enough for the request to reach it on a loaded machine.
        BsreClient client = Client(slow, TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<BsreException>(() => client.SignV1Async(FaultyGatewayTests.V1Request()));

        Assert.Equal(BsreErrorCode.Timeout, error.ErrorCode);
        Assert.Equal(1, Volatile.Read(ref requests));
    }

    private static BsreClient Client(LoopbackHttpServer server, TimeSpan signingTimeout)
    {
        var options = Fakes.ClientFactory.Options(server.BaseUrl);
        options.SigningTimeout = signingTimeout;
        options.MaxRetries = 3;
        return new BsreClient(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, options);
    }
}
