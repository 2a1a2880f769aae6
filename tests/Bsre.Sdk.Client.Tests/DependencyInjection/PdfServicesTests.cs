using System.Collections.Concurrent;
using Bsre.Sdk.Client.Tests.Emulator;
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Bsre.Sdk.Client.Tests.DependencyInjection;

/// <summary><see cref="PadesSigner"/> and <see cref="PadesValidator"/> from the container fetch through <c>IHttpClientFactory</c>, not a static client.</summary>
[Collection(EmulatorGroup.Name)]
public sealed class PdfServicesTests(EmulatorFixture fixture)
{
    [Fact]
    public async Task The_registered_validator_fetches_revocation_data_through_the_factory_pipeline()
    {
        var seen = new ConcurrentQueue<Uri>();
        var services = new ServiceCollection();
        services.AddSingleton<Signer>(_ => LocalSigner.FromPkcs12(fixture.Emulator.Pki.SignerRsa.Pkcs12, fixture.Emulator.Pki.SignerRsa.Password));
        services.AddBsrePadesSigner();
        services.AddBsrePadesValidation(options => options.TrustAnchors.Add(fixture.Emulator.Pki.Root.Certificate))
            .AddHttpMessageHandler(() => new RecordingHandler(seen));
        await using ServiceProvider provider = services.BuildServiceProvider(validateScopes: true);

        using var signed = new MemoryStream();
        await provider.GetRequiredService<PadesSigner>().SignAsync(new MemoryStream(SamplePdf.Create()), signed);
        signed.Position = 0;
        ValidationReport report = await provider.GetRequiredService<PadesValidator>().ValidateAsync(signed, "signed.pdf");

        Assert.Equal(ValidationIndication.TotalPassed, report.Indication);
        Assert.NotEmpty(seen); // the OCSP or CRL request went through the handler added to the factory's client
    }

    private sealed class RecordingHandler(ConcurrentQueue<Uri> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Enqueue(request.RequestUri!);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
