using Bsre.Sdk.Testing;
using Bsre.Sdk.Client.Tests.Fakes;
using QRCoder;
using static Bsre.Sdk.Client.Tests.Emulator.EmulatorFixture;

namespace Bsre.Sdk.Client.Tests.Emulator;

/// <summary>PDFs signed by the emulator (v2 visible image, several files) validate in poppler's pdfsig against the test root.</summary>
[Collection(EmulatorGroup.Name)]
public sealed class EmulatorPdfSigTests(EmulatorFixture fixture) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bsre-pdfsig-").FullName;

    [SkippableFact]
    public async Task V2_signed_pdfs_validate_in_pdfsig_against_the_test_root()
    {
        Skip.IfNot(PdfSig.Available, "pdfsig or certutil is not installed.");
        byte[] specimen = new PngByteQRCode(QRCodeGenerator.GenerateQrCode("https://example.go.id/verify/2", QRCodeGenerator.ECCLevel.M)).GetGraphic(4);
        var request = new SignRequest { Signer = SignerId.FromNik(Budi), Secret = SignerSecret.Passphrase(Passphrase) };
        request.Documents.Add(new SignDocument(new MemoryStream(SamplePdf.Create()), new SignatureProperties
        {
            Appearance = SignatureAppearance.Visible, Image = specimen, Page = 1, OriginX = 72, OriginY = 560, Width = 200, Height = 80, Reason = "Menyetujui", Location = "Jakarta",
        }));
        request.Documents.Add(new SignDocument(new MemoryStream(SamplePdf.Create("Surat Keputusan")), new SignatureProperties { Reason = "Arsip" }));
        string root = Path.Combine(_directory, "root.pem");
        await File.WriteAllTextAsync(root, fixture.Emulator.Pki.Root.Certificate.ExportCertificatePem());

        SignResult result = await fixture.Client().SignAsync(request);

        Assert.Equal(2, result.Documents.Count);
        for (int i = 0; i < result.Documents.Count; i++)
        {
            string file = Path.Combine(_directory, $"signed-{i}.pdf");
            await File.WriteAllBytesAsync(file, await result.Documents[i].ToArrayAsync());
            string report = await PdfSig.VerifyAsync(file, root);
            Assert.Contains("Signature is Valid", report, StringComparison.Ordinal);
            Assert.Contains("Certificate is Trusted", report, StringComparison.Ordinal);
            Assert.Contains("Budi Santoso", report, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task A_v1_signature_with_a_specimen_image_on_an_anchor_validates_in_pdfsig()
    {
        Skip.IfNot(PdfSig.Available, "pdfsig or certutil is not installed.");
        byte[] specimen = new PngByteQRCode(QRCodeGenerator.GenerateQrCode("Budi Santoso", QRCodeGenerator.ECCLevel.M)).GetGraphic(4);
        var request = new SignV1Request
        {
            Nik = Budi, Passphrase = Passphrase, Document = new MemoryStream(SamplePdf.Create()), Appearance = SignatureAppearance.Visible,
            Image = new MemoryStream(specimen), AnchorText = "#", Width = 120, Height = 60, ResponseFormat = V1ResponseFormat.Base64,
        };
        string root = Path.Combine(_directory, "root.pem");
        string file = Path.Combine(_directory, "signed-v1.pdf");
        await File.WriteAllTextAsync(root, fixture.Emulator.Pki.Root.Certificate.ExportCertificatePem());

        await using (SignedDocument signed = await fixture.Client().SignV1Async(request))
        {
            Assert.NotNull(signed.DocumentId);
            await File.WriteAllBytesAsync(file, await signed.ToArrayAsync());
        }

        string report = await PdfSig.VerifyAsync(file, root);
        Assert.Contains("Signature is Valid", report, StringComparison.Ordinal);
        Assert.Contains("Certificate is Trusted", report, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
