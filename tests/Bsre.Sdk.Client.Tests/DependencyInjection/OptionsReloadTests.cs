using Bsre.Sdk.Client.Tests.Emulator;
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;
using Bsre.Sdk.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bsre.Sdk.Client.Tests.DependencyInjection;

/// <summary>
/// The registrations follow docs/api-style.md: the transient typed clients and validators read the current options when
/// they are resolved (a reloaded configuration is used by the next operation), and get the host's services.
/// </summary>
[Collection(EmulatorGroup.Name)]
public sealed class OptionsReloadTests(EmulatorFixture fixture)
{
    [Fact]
    public void A_reloaded_configuration_is_used_by_the_next_resolved_client()
    {
        IConfigurationRoot configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BaseAddress"] = "https://one.example.go.id/",
            ["Username"] = "esign",
            ["Password"] = "p",
        }).Build();
        var services = new ServiceCollection();
        services.AddBsreClient(configuration);
        using ServiceProvider provider = services.BuildServiceProvider(validateScopes: true);
        Assert.Equal(new Uri("https://one.example.go.id/"), provider.GetRequiredService<BsreClient>().BaseAddress);

        configuration["BaseAddress"] = "https://two.example.go.id/";
        configuration.Reload();

        Assert.Equal(new Uri("https://two.example.go.id/"), provider.GetRequiredService<BsreClient>().BaseAddress);
    }

    [Fact]
    public async Task Changed_validation_options_are_used_by_the_next_resolved_validator()
    {
        var services = new ServiceCollection();
        services.AddBsrePadesValidation(options => options.TrustAnchors.Add(fixture.Emulator.Pki.Root.Certificate));
        using ServiceProvider provider = services.BuildServiceProvider(validateScopes: true);
        byte[] signed = await SignAsync();
        Assert.Equal(ValidationIndication.TotalPassed, (await provider.GetRequiredService<PadesValidator>().ValidateAsync(new MemoryStream(signed))).Indication);

        var monitor = provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitorCache<SignatureValidationOptions>>();
        monitor.TryRemove(Microsoft.Extensions.Options.Options.DefaultName);
        monitor.TryAdd(Microsoft.Extensions.Options.Options.DefaultName, new SignatureValidationOptions { Offline = true }); // trusts nothing now

        Assert.NotEqual(ValidationIndication.TotalPassed, (await provider.GetRequiredService<PadesValidator>().ValidateAsync(new MemoryStream(signed))).Indication);
    }

    [Fact]
    public async Task The_registered_pdf_signer_and_validator_log_through_the_hosts_logger_factory()
    {
        using var collector = new TelemetryCollector();
        var services = new ServiceCollection();
        services.AddSingleton(collector.LoggerFactory);
        services.AddSingleton<Signer>(_ => LocalSigner.FromPkcs12(fixture.Emulator.Pki.SignerRsa.Pkcs12, fixture.Emulator.Pki.SignerRsa.Password));
        services.AddBsrePadesSigner();
        services.AddBsrePadesValidation(options => options.TrustAnchors.Add(fixture.Emulator.Pki.Root.Certificate));
        await using ServiceProvider provider = services.BuildServiceProvider(validateScopes: true);

        using var signed = new MemoryStream();
        await provider.GetRequiredService<PadesSigner>().SignAsync(new MemoryStream(SamplePdf.Create()), signed);
        signed.Position = 0;
        await provider.GetRequiredService<PadesValidator>().ValidateAsync(signed);

        Assert.Contains(collector.Logs, l => l.EventId.Id == BsreEventId.PdfSigned && l.Category == typeof(PadesSigner).FullName);
        Assert.Contains(collector.Logs, l => l.EventId.Id == BsreEventId.SignatureCreated && l.Category == typeof(CadesSigner).FullName);
        Assert.Contains(collector.Logs, l => l.EventId.Id == BsreEventId.PdfValidated && l.Category == typeof(PadesValidator).FullName);
    }

    private async Task<byte[]> SignAsync()
    {
        using var signer = LocalSigner.FromPkcs12(fixture.Emulator.Pki.SignerRsa.Pkcs12, fixture.Emulator.Pki.SignerRsa.Password);
        using var output = new MemoryStream();
        await new PadesSigner(signer).SignAsync(new MemoryStream(SamplePdf.Create()), output);
        return output.ToArray();
    }
}
