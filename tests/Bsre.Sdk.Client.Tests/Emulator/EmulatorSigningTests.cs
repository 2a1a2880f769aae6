using Bsre.Sdk.Testing;
using Bsre.Sdk.Client.Tests.Fakes;
using static Bsre.Sdk.Client.Tests.Emulator.EmulatorFixture;

namespace Bsre.Sdk.Client.Tests.Emulator;

/// <summary>Signing through the emulator: real PAdES signatures that the emulator verifies.</summary>
[Collection(EmulatorGroup.Name)]
public sealed class EmulatorSigningTests(EmulatorFixture fixture)
{
    [Fact]
    public async Task V1_sign_returns_a_pdf_the_emulator_verifies_and_can_download_again()
    {
        BsreClient client = fixture.Client();
        var request = new SignV1Request
        {
            Nik = Budi, Passphrase = Passphrase, Document = new MemoryStream(SamplePdf.Create()), Appearance = SignatureAppearance.Visible,
            QrLink = new Uri("https://example.go.id/verify/1"), Page = 1, X = 72, Y = 600, Width = 120, Height = 60, Reason = "Setuju", Location = "Jakarta",
        };

        await using SignedDocument signed = await client.SignV1Async(request);
        byte[] pdf = await signed.ToArrayAsync();
        await using SignedDocument again = await client.DownloadV1Async(signed.DocumentId!);
        VerificationResult verdict = await client.VerifyAsync(new MemoryStream(pdf));

        Assert.Equal(pdf, await again.ToArrayAsync());
        Assert.True(verdict.IsValid, verdict.Description);
        Assert.Equal("Setuju", Assert.Single(verdict.Signatures).Reason);
    }
}
