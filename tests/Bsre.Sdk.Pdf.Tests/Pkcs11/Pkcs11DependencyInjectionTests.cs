using Bsre.Sdk.Pkcs11;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bsre.Sdk.Pdf.Tests.Pkcs11;

/// <summary><c>AddBsrePkcs11Signer</c>: a host resolves a signer on the token that signs; a bad configuration fails at start.</summary>
public sealed class Pkcs11DependencyInjectionTests
{
    [SkippableFact]
    public async Task A_host_resolves_the_token_signer_and_clears_the_PIN_it_was_given()
    {
        var env = await SoftHsmEnvironment.GetOrSkipAsync();
        char[] pin = SoftHsmEnvironment.Pin.ToCharArray();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddBsrePkcs11Signer(o => (o.ModulePath, o.TokenLabel) = (SoftHsm.ModulePath, "bsre-rsa"), _ => pin);
        using IHost host = builder.Build();
        await host.StartAsync();

        Signer signer = host.Services.GetRequiredService<Signer>();
        Assert.Same(host.Services.GetRequiredService<Pkcs11Signer>(), signer);
        Assert.All(pin, c => Assert.Equal('\0', c));
        byte[] cms = await new CadesSigner(signer).SignDetachedAsync(new MemoryStream([1, 2, 3]));
        var info = Assert.Single(new Org.BouncyCastle.Cms.CmsSignedData(new Org.BouncyCastle.Cms.CmsProcessableByteArray([1, 2, 3]), cms).GetSignerInfos().GetSigners());
        Assert.True(info.Verify(env.Pdf.Pki.SignerRsa.BouncyCastleCertificate));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_missing_module_path_fails_when_the_host_starts()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddBsrePkcs11Signer(o => o.TokenLabel = "bsre-rsa", _ => ['1']);
        using IHost host = builder.Build();
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("ModulePath", error.Message, StringComparison.Ordinal);
    }
}
