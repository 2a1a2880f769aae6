using Bsre.Sdk.Csc;
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Testing.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bsre.Sdk.Client.Tests.Csc;

/// <summary><c>AddBsreCscSigner</c> gives a working <see cref="Signer"/> over IHttpClientFactory; a missing credential fails validation naming it.</summary>
public sealed class CscDependencyInjectionTests(CscEmulatorFixture fixture) : IClassFixture<CscEmulatorFixture>
{
    [Fact]
    public async Task The_registered_Signer_is_the_CSC_signer_and_signs_a_PDF()
    {
        var services = new ServiceCollection();
        services.AddBsreCscSigner(fixture.Emulator.ConfigureCscClient, fixture.Emulator.ConfigureCscOAuth2, signer =>
        {
            signer.CredentialId = BsreEmulator.CscEcdsaCredential;
            signer.AuthenticationData = (credential, count, ct) => fixture.PinAndOtp(fixture.Client())(credential, count, ct);
        });
        await using ServiceProvider provider = services.BuildServiceProvider();
        using var output = new MemoryStream();

        Signer signer = provider.GetRequiredService<Signer>();
        await new PadesSigner(signer).SignAsync(new MemoryStream(SamplePdf.Create()), output);

        Assert.IsType<CscSigner>(signer);
        Assert.Same(provider.GetRequiredService<ICscTokenProvider>(), provider.GetRequiredService<ICscTokenProvider>());
        Assert.True(output.Length > SamplePdf.Create().Length);
    }

    [Fact]
    public void Options_without_a_credential_or_over_plain_http_fail_validation()
    {
        var services = new ServiceCollection();
        services.AddBsreCscSigner(client => client.BaseAddress = new Uri("http://rssp.example.id/csc/v2/"), fixture.Emulator.ConfigureCscOAuth2, _ => { });
        using ServiceProvider provider = services.BuildServiceProvider();

        var signer = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CscSignerOptions>>().Value);
        var client = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CscClientOptions>>().Value);

        Assert.Contains("CredentialId", signer.Message, StringComparison.Ordinal);
        Assert.Contains("https", client.Message, StringComparison.Ordinal);
    }
}
