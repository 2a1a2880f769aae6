using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bsre.Sdk.Client.Tests.DependencyInjection;

/// <summary>A host configured from appsettings.json gets a working client; a bad configuration fails at start naming the option.</summary>
public sealed class HostConfigurationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bsre-host-").FullName;

    [Fact]
    public async Task A_host_configured_from_appsettings_json_resolves_the_client()
    {
        using IHost host = Build("""{ "Bsre": { "BaseAddress": "https://tte.example.go.id/", "Username": "esign", "Password": "p", "SigningTimeout": "00:08:00" } }""");

        await host.StartAsync();
        var client = host.Services.GetRequiredService<BsreClient>();
        var options = host.Services.GetRequiredService<IOptions<BsreClientOptions>>().Value;
        await host.StopAsync();

        Assert.Equal(new Uri("https://tte.example.go.id/"), client.BaseAddress);
        Assert.Equal(TimeSpan.FromMinutes(8), options.SigningTimeout);
        Assert.DoesNotContain("\"p\"", options.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "Bsre": { "Username": "esign", "Password": "p" } }""", "BaseAddress")]
    [InlineData("""{ "Bsre": { "BaseAddress": "https://tte.example.go.id/", "Password": "p" } }""", "Username")]
    [InlineData("""{ "Bsre": { "BaseAddress": "http://10.0.0.5/", "Username": "esign", "Password": "p" } }""", "AllowInsecureHttp")]
    [InlineData("""{ "Bsre": { "BaseAddress": "https://tte.example.go.id/", "Username": "esign", "Password": "p", "Timeout": "soon" } }""", "Bsre:Timeout")]
    [InlineData("""{ "Bsre": { "BaseAddress": "https://tte.example.go.id/", "Username": "esign", "Password": "p", "MaxRetries": "99" } }""", "MaxRetries")]
    [InlineData("""{ "Bsre": { "BaseAddress": "https://tte.example.go.id/", "Username": "esign", "Password": "p", "SigningTimeout": "00:00:00" } }""", "SigningTimeout")]
    public async Task A_bad_configuration_fails_at_start_naming_the_option(string json, string option)
    {
        using IHost host = Build(json);

        Exception error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.True(error is OptionsValidationException or InvalidOperationException, error.GetType().Name);
        Assert.Contains(option, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_intranet_http_gateway_needs_AllowInsecureHttp()
    {
        var options = new BsreClientOptions { BaseAddress = new Uri("http://10.0.0.5/"), Username = "esign", Password = "p" };
        using var http = new HttpClient();

        var error = Assert.Throws<ArgumentException>(() => new BsreClient(http, options));
        options.AllowInsecureHttp = true;
        _ = new BsreClient(http, options);

        Assert.Contains("AllowInsecureHttp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timestamp_and_validation_services_are_registered()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddBsreTimestampClient(o => o.Url = new Uri("http://127.0.0.1:2560/tsa"));
        builder.Services.AddBsreSignatureValidation(o => o.TrustAnchors.Add(TestPkiCache.Pki.Root.Certificate));
        using IHost host = builder.Build();

        await host.StartAsync();

        Assert.Equal(new Uri("http://127.0.0.1:2560/tsa"), host.Services.GetRequiredService<TimestampClient>().Url);
        Assert.NotNull(host.Services.GetRequiredService<CadesValidator>());
        Assert.Same(host.Services.GetRequiredService<Bsre.Sdk.Validation.Revocation.RevocationCache>(), host.Services.GetRequiredService<Bsre.Sdk.Validation.Revocation.RevocationCache>());
        await host.StopAsync();
    }

    [Fact]
    public async Task A_timestamp_client_without_url_fails_at_start()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddBsreTimestampClient(_ => { });
        using IHost host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("TimestampClientOptions.Url", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private IHost Build(string appsettings)
    {
        File.WriteAllText(Path.Combine(_directory, "appsettings.json"), appsettings);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = _directory });
        builder.Configuration.AddJsonFile(Path.Combine(_directory, "appsettings.json"));
        builder.Services.AddBsreClient(builder.Configuration.GetSection(BsreClientOptions.DefaultSectionName));
        return builder.Build();
    }
}
