using System.Diagnostics;
using Bsre.Sdk.Client.Tests.Emulator;
using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;
using Bsre.Sdk.Timestamping;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using static Bsre.Sdk.Client.Tests.Emulator.EmulatorFixture;

namespace Bsre.Sdk.Client.Tests.Client;

/// <summary>Gateway calls as client spans and measurements without NIK or passphrase; the gateway and TSA health checks through DI.</summary>
[Collection(EmulatorGroup.Name)]
public sealed class GatewayTelemetryTests(EmulatorFixture fixture)
{
    [Fact]
    public async Task Gateway_calls_are_client_spans_tagged_with_operation_and_status_but_no_nik_or_passphrase()
    {
        using var collector = new TelemetryCollector(BsreTelemetry.Name);
        BsreClient client = fixture.Client();
        var request = new SignV1Request { Nik = Budi, Passphrase = Passphrase, Document = new MemoryStream(SamplePdf.Create()), FileName = "a.pdf" };
        using (await client.SignV1Async(request))
        {
        }

        await Assert.ThrowsAsync<BsreException>(() => client.SignV1Async(
            new SignV1Request { Nik = Budi, Passphrase = "salah-" + Passphrase, Document = new MemoryStream(SamplePdf.Create()), FileName = "b.pdf" }));

        var calls = collector.Activities.Where(a => a.OperationName == "bsre.gateway.request").ToList();
        Assert.Equal(2, calls.Count);
        Assert.All(calls, a => Assert.Equal(ActivityKind.Client, a.Kind));
        Assert.All(calls, a => Assert.Equal(fixture.Emulator.BaseUrl.Host, a.GetTagItem("server.address")));
        Assert.Equal(200, calls[0].GetTagItem("http.response.status_code"));
        Assert.Equal(ActivityStatusCode.Error, calls[1].Status);
        Assert.Equal(nameof(BsreErrorCode.InvalidPassphrase), calls[1].GetTagItem("error.type"));
        Assert.Contains(collector.Measurements, m => m.Instrument == "bsre.gateway.request.duration" && (string?)m.Tag("error.type") == nameof(BsreErrorCode.InvalidPassphrase));
        foreach (string text in collector.AllText())
        {
            Assert.DoesNotContain(Budi, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Passphrase, text, StringComparison.Ordinal);
            Assert.DoesNotContain(fixture.Options.Password, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Health_checks_registered_through_DI_report_the_gateway_and_the_TSA()
    {
        HealthReport healthy = await CheckAsync(fixture.Options.Password, fixture.Emulator.TimestampUrl);
        Assert.Equal(HealthStatus.Healthy, healthy.Status);
        Assert.Equal(["bsre-gateway", "bsre-tsa"], healthy.Entries.Keys.Order());

        HealthReport refused = await CheckAsync("wrong-" + fixture.Options.Password, new Uri("http://127.0.0.1:9/tsa"));
        Assert.Equal(HealthStatus.Unhealthy, refused.Entries["bsre-gateway"].Status);
        Assert.Contains(nameof(BsreErrorCode.Unauthorized), refused.Entries["bsre-gateway"].Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Unhealthy, refused.Entries["bsre-tsa"].Status);
        Assert.Contains(nameof(TimestampFailure.ServiceUnavailable), refused.Entries["bsre-tsa"].Description, StringComparison.Ordinal);
    }

    private async Task<HealthReport> CheckAsync(string password, Uri tsa)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBsreClient(options =>
        {
            options.BaseAddress = fixture.Emulator.BaseUrl;
            options.Username = fixture.Options.Username;
            options.Password = password;
            options.AllowInsecureHttp = true;
            options.MaxRetries = 0;
        });
        services.AddBsreTimestampClient(options => options.Url = tsa);
        services.AddHealthChecks().AddCheck<BsreGatewayHealthCheck>("bsre-gateway").AddCheck<TimestampAuthorityHealthCheck>("bsre-tsa");
        await using ServiceProvider provider = services.BuildServiceProvider();
        return await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();
    }
}
