using Bsre.Sdk;
using Bsre.Sdk.Client;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Testing.Emulator;
using Bsre.Sdk.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace ConsumerTests;

/// <summary>
/// What an agency's integration test looks like: its code signs through <see cref="BsreClient"/> against the gateway
/// emulator hosted in-process, and the result is validated online against the emulator's test root.
/// </summary>
public sealed class SigningThroughTheGatewayTests
{
    private const string Nik = "3201010101010001";        // a default emulator user
    private const string Passphrase = "Rahasia#123";

    [Fact]
    public async Task A_pdf_signed_through_the_gateway_validates_against_the_test_root()
    {
        await using BsreEmulator emulator = await BsreEmulator.StartAsync();
        await using ServiceProvider services = new ServiceCollection().AddLogging()
            .AddBsreClient(emulator.ConfigureClient).Services.BuildServiceProvider();
        BsreClient bsre = services.GetRequiredService<BsreClient>();

        var request = new SignRequest { Signer = SignerId.FromNik(Nik), Secret = SignerSecret.Passphrase(Passphrase) };
        request.Documents.Add(new SignDocument(new MemoryStream(SamplePdf.Create()), new SignatureProperties { Reason = "Menyetujui" }));
        SignResult result = await bsre.SignAsync(request);

        string signed = Path.Combine(Path.GetTempPath(), $"consumer-signed-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(signed, await result.Documents[0].ToArrayAsync());
            var options = new SignatureValidationOptions();
            options.TrustAnchors.Add(emulator.Pki.Root.Certificate);   // online: the emulator serves OCSP and CRLs
            ValidationReport report = await new PadesValidator(options).ValidateAsync(signed);

            Assert.Equal(ValidationIndication.TotalPassed, report.Indication);
        }
        finally
        {
            File.Delete(signed);
        }
    }

    [Fact]
    public async Task A_wrong_passphrase_is_the_gateways_refusal_not_a_transient_error()
    {
        await using BsreEmulator emulator = await BsreEmulator.StartAsync();
        await using ServiceProvider services = new ServiceCollection().AddLogging()
            .AddBsreClient(emulator.ConfigureClient).Services.BuildServiceProvider();
        BsreClient bsre = services.GetRequiredService<BsreClient>();

        var request = new SignRequest { Signer = SignerId.FromNik(Nik), Secret = SignerSecret.Passphrase("salah") };
        request.Documents.Add(new SignDocument(new MemoryStream(SamplePdf.Create()), new SignatureProperties()));
        BsreException refused = await Assert.ThrowsAsync<BsreException>(() => bsre.SignAsync(request));

        Assert.Equal(BsreErrorCode.InvalidPassphrase, refused.ErrorCode);
    }
}
