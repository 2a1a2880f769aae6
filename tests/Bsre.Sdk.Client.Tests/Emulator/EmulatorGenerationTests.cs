using Bsre.Sdk.Client.Tests.Client;
using Bsre.Sdk.Client.Tests.Fakes;
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Testing.Emulator;
using Bsre.Sdk.Validation;
using static Bsre.Sdk.Client.Tests.Emulator.EmulatorFixture;

namespace Bsre.Sdk.Client.Tests.Emulator;

/// <summary>The emulator as a 2026 gateway (the default) and as an older one, against the client.</summary>
[Collection(EmulatorGroup.Name)]
public sealed class EmulatorGenerationTests(EmulatorFixture fixture)
{
    [Fact]
    public async Task A_2026_gateway_sends_the_code_in_status_code_and_the_bare_message()
    {
        BsreClient client = fixture.Client();

        var wrong = await Assert.ThrowsAsync<BsreException>(() => client.SignAsync(Request(Budi, "keliru-99")));
        var unknown = await Assert.ThrowsAsync<BsreException>(() => client.SignAsync(Request("3201019999999999", Passphrase)));

        Assert.Equal((BsreErrorCode.InvalidPassphrase, "2031", "Passphrase anda salah"), (wrong.ErrorCode, wrong.ServiceCode, wrong.ServiceMessage));
        Assert.Equal((BsreErrorCode.UserNotRegistered, "2011", "User tidak terdaftar"), (unknown.ErrorCode, unknown.ServiceCode, unknown.ServiceMessage));
    }

    [Fact]
    public async Task A_2026_gateway_refuses_long_anchors_and_places_one_character_ones()
    {
        BsreClientOptions options = fixture.ClientOptions();
        options.AllowMultiCharacterAnchors = true;
        var optedOut = new BsreClient(new HttpClient(), options);

        var refused = await Assert.ThrowsAsync<BsreException>(() => optedOut.SignAsync(Request(Budi, Passphrase, "${ttd}", "Disetujui oleh ${ttd}")));
        SignResult placed = await fixture.Client().SignAsync(Request(Budi, Passphrase, "#"));

        Assert.Equal(BsreErrorCode.InvalidRequest, refused.ErrorCode);
        Assert.Contains("tag_koordinat", refused.ServiceMessage, StringComparison.Ordinal);
        Assert.Single(placed.Documents);
    }

    [Fact]
    public async Task A_malformed_pdf_is_answered_as_itext_does_and_typed_without_a_retry()
    {
        using var http = new CountingHandler();
        BsreClientOptions options = fixture.ClientOptions();
        options.MaxRetries = 5;
        var client = new BsreClient(new HttpClient(http), options);
        var request = new SignRequest { Signer = SignerId.FromNik(Budi), Secret = SignerSecret.Passphrase(Passphrase) };
        request.Documents.Add(new SignDocument(new MemoryStream(PreflightTests.Pdf("truncated"))));

        var error = await Assert.ThrowsAsync<BsreException>(() => client.SignAsync(request));

        Assert.Equal(BsreErrorCode.InvalidDocument, error.ErrorCode);
        Assert.Contains("Rebuild failed", error.ServiceMessage, StringComparison.Ordinal);
        Assert.Equal(1, http.Count("/api/v2/sign/pdf"));
    }

    [Fact]
    public async Task The_returned_pdf_is_validated_locally_intact_trusted_timestamped_with_ltv_data()
    {
        var checks = new PdfGatewayCheckOptions { Validation = new SignatureValidationOptions() };
        checks.Validation.TrustAnchors.Add(fixture.Emulator.Pki.Root.Certificate);
        BsreClientOptions options = fixture.ClientOptions();
        options.DocumentChecker = new PdfGatewayChecker(checks);
        var client = new BsreClient(new HttpClient(), options);

        SignResult result = await client.SignAsync(Request(Budi, Passphrase, "#"));

        ValidationReport report = Assert.IsType<ValidationReport>(result.Documents[0].LocalValidation);
        SignatureValidationResult signature = Assert.Single(report.Signatures);
        Assert.Equal(ValidationIndication.TotalPassed, signature.Indication);
        Assert.NotNull(signature.TimestampTime);
        Assert.Equal("PAdES-BASELINE-LT", signature.Level);
        Assert.StartsWith("%PDF-", System.Text.Encoding.Latin1.GetString(await result.Documents[0].ToArrayAsync(), 0, 5), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_legacy_gateway_appends_the_code_to_the_message_and_takes_long_anchors()
    {
        await using BsreEmulator legacy = await BsreEmulator.StartAsync(new EmulatorOptions { Url = new Uri("http://127.0.0.1:0"), ConsoleLogging = false, Generation = GatewayGeneration.Legacy });
        var options = new BsreClientOptions { BaseAddress = legacy.BaseUrl, Username = "esign", Password = "esign-emulator", AllowInsecureHttp = true, AllowMultiCharacterAnchors = true };
        var client = new BsreClient(new HttpClient(), options);

        var wrong = await Assert.ThrowsAsync<BsreException>(() => client.SignAsync(Request(Budi, "keliru-99")));
        SignResult placed = await client.SignAsync(Request(Budi, Passphrase, "${ttd}", "Disetujui oleh ${ttd}"));

        Assert.Equal((BsreErrorCode.InvalidPassphrase, "2031", "Proses signing gagal : Passphrase anda salah 2031"), (wrong.ErrorCode, wrong.ServiceCode, wrong.ServiceMessage));
        Assert.Single(placed.Documents);
    }

    private static SignRequest Request(string nik, string passphrase, string? anchor = null, string text = "Nota Dinas - ditandatangani oleh #")
    {
        var request = new SignRequest { Signer = SignerId.FromNik(nik), Secret = SignerSecret.Passphrase(passphrase) };
        var properties = anchor is null ? null : new SignatureProperties { Appearance = SignatureAppearance.Visible, AnchorText = anchor, Width = 120, Height = 60, Image = TestPng() };
        request.Documents.Add(new SignDocument(new MemoryStream(SamplePdf.Create(text)), properties));
        return request;
    }

    private static byte[] TestPng()
    {
        using var qr = new QRCoder.QRCodeGenerator();
        using var data = qr.CreateQrCode("https://tte.komdigi.go.id/verifyPDF", QRCoder.QRCodeGenerator.ECCLevel.M);
        return new QRCoder.PngByteQRCode(data).GetGraphic(4);
    }
}
