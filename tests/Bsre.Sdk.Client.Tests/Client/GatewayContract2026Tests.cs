using System.Net;
using System.Text.Json;
using Bsre.Sdk.Client.Tests.Fakes;
using Bsre.Sdk.Testing;

namespace Bsre.Sdk.Client.Tests.Client;

/// <summary>The 2026 gateway contract (../shared/reference/bsre-2026.md) against a scripted handler.</summary>
public sealed class GatewayContract2026Tests
{
    public static TheoryData<string, BsreErrorCode, string, string> ErrorShapes => new()
    {
        // Current gateways: the BSrE code in status_code, the bare message in error.
        { """{"error":"Passphrase anda salah","status_code":2031}""", BsreErrorCode.InvalidPassphrase, "2031", "Passphrase anda salah" },
        { """{"error":"User tidak terdaftar","status_code":2011}""", BsreErrorCode.UserNotRegistered, "2011", "User tidak terdaftar" },
        // The code alone decides, whatever the wording.
        { """{"error":"Kredensial ditolak oleh layanan","status_code":2031}""", BsreErrorCode.InvalidPassphrase, "2031", "Kredensial ditolak oleh layanan" },
        { """{"error":"Akun belum ada","status_code":2011}""", BsreErrorCode.UserNotRegistered, "2011", "Akun belum ada" },
        // Older gateways: HTTP-like status_code, the code at the end of the message.
        { """{"error":"Proses signing gagal : Passphrase anda salah 2031","status_code":400}""", BsreErrorCode.InvalidPassphrase, "2031", "Proses signing gagal : Passphrase anda salah 2031" },
        { """{"error":"Proses signing gagal : User tidak terdaftar 2011","status_code":400}""", BsreErrorCode.UserNotRegistered, "2011", "Proses signing gagal : User tidak terdaftar 2011" },
    };

    [Theory]
    [MemberData(nameof(ErrorShapes))]
    public async Task Both_error_shapes_map_to_the_code_and_keep_the_gateways_message(string body, BsreErrorCode expected, string code, string message)
    {
        foreach (HttpStatusCode status in new[] { HttpStatusCode.BadRequest, HttpStatusCode.OK })
        {
            var handler = FaultyHandler.Answer(status, body, "application/json");
            BsreClient client = ClientFactory.Create(handler);

            var v2 = await Assert.ThrowsAsync<BsreException>(() => client.SignAsync(FaultyGatewayTests.V2Request()));
            var v1 = await Assert.ThrowsAsync<BsreException>(() => client.SignV1Async(FaultyGatewayTests.V1Request()));

            foreach (BsreException error in new[] { v1, v2 })
            {
                Assert.Equal(expected, error.ErrorCode);
                Assert.Equal(code, error.ServiceCode);
                Assert.Equal(message, error.ServiceMessage);
                Assert.Contains(message, error.Message, StringComparison.Ordinal);
                Assert.False(error.IsTransient);
            }
        }
    }

    [Fact]
    public async Task A_malformed_pdf_refused_by_itext_is_an_invalid_document_sent_once()
    {
        var handler = FaultyHandler.Answer(HttpStatusCode.BadRequest,
            """{"error":"Proses signing gagal : com.itextpdf.text.exceptions.InvalidPdfException: Rebuild failed: trailer not found.; Original message: PDF startxref not found.","status_code":400}""", "application/json");
        BsreClient client = ClientFactory.Create(handler, o => o.MaxRetries = 5);

        var error = await Assert.ThrowsAsync<BsreException>(() => client.SignAsync(FaultyGatewayTests.V2Request()));

        Assert.Equal(BsreErrorCode.InvalidDocument, error.ErrorCode);
        Assert.False(error.IsTransient);
        Assert.Contains("Rebuild failed", error.ServiceMessage, StringComparison.Ordinal);
        Assert.Equal(1, handler.Count("/api/v2/sign/pdf"));
    }

    [Theory]
    [InlineData("${ttd_pengirim1}")]
    [InlineData("[qr_bsre]")]
    [InlineData("##")]
    public async Task A_multi_character_anchor_fails_before_sending_naming_the_rule(string anchor)
    {
        var handler = FaultyHandler.Answer(HttpStatusCode.OK, "{}", "application/json");
        BsreClient client = ClientFactory.Create(handler);
        SignRequest v2 = FaultyGatewayTests.V2Request();
        v2.Documents[0].Properties.AnchorText = anchor;
        SignV1Request v1 = FaultyGatewayTests.V1Request();
        v1.Appearance = SignatureAppearance.Visible;
        v1.AnchorText = anchor;

        var errors = new[]
        {
            await Assert.ThrowsAsync<BsreException>(() => client.SignAsync(v2)),
            await Assert.ThrowsAsync<BsreException>(() => client.SignV1Async(v1)),
        };

        foreach (BsreException error in errors)
        {
            Assert.Equal(BsreErrorCode.InvalidRequest, error.ErrorCode);
            Assert.Contains("tag_koordinat", error.Message, StringComparison.Ordinal);
            Assert.Contains("exactly one character", error.Message, StringComparison.Ordinal);
            Assert.Contains(nameof(BsreClientOptions.AllowMultiCharacterAnchors), error.Message, StringComparison.Ordinal);
        }

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task One_character_anchors_are_sent_and_the_opt_out_sends_longer_ones()
    {
        string answer = $$"""{"file":["{{Convert.ToBase64String(SamplePdf.Create())}}"],"time":1234}""";
        var handler = FaultyHandler.Answer(HttpStatusCode.OK, answer, "application/json");
        SignRequest oneChar = FaultyGatewayTests.V2Request();
        oneChar.Documents[0].Properties.AnchorText = "#";
        SignRequest longTag = FaultyGatewayTests.V2Request();
        longTag.Documents[0].Properties.AnchorText = "${ttd_pengirim1}";

        SignResult result = await ClientFactory.Create(handler).SignAsync(oneChar);
        await ClientFactory.Create(handler, o => o.AllowMultiCharacterAnchors = true).SignAsync(longTag);

        Assert.Equal("1234", result.Time);
        Assert.Equal(2, handler.Count("/api/v2/sign/pdf"));
        string[] anchors = handler.Bodies.Select(b => JsonDocument.Parse(b).RootElement.GetProperty("signatureProperties")[0].GetProperty("tag_koordinat").GetString()!).Order().ToArray();
        Assert.Equal(["#", "${ttd_pengirim1}"], anchors);
    }

    [Theory]
    [InlineData("2026-12-04 10:00:00 +0000", "2026-12-04T10:00:00Z")]
    [InlineData("2026-12-04 17:00:00 +0700", "2026-12-04T10:00:00Z")]
    [InlineData("2026-12-04 17:00:00 +07:00", "2026-12-04T10:00:00Z")]
    [InlineData("2026-12-04T10:00:00Z", "2026-12-04T10:00:00Z")]
    [InlineData("2026-12-04 10:00:00", "2026-12-04T10:00:00Z")]
    [InlineData("1796378400000", "2026-12-04T10:00:00Z")]
    public async Task Seal_expiry_with_a_colonless_offset_is_parsed(string expires, string expected)
    {
        string body = $$$"""{"success":true,"data":{"message":"ok","totp":"654321","expires":"{{{expires}}}","result":true}}""";
        BsreClient client = ClientFactory.Create(FaultyHandler.Answer(HttpStatusCode.OK, body, "application/json"));

        SealTotp activation = await client.RefreshSealActivationAsync("SUB-1", "123456");

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), activation.ExpiresAt);
    }

    [Theory]
    [InlineData("next Tuesday")]
    [InlineData("2026-13-04 10:00:00 +0000")]
    public async Task A_seal_expiry_that_is_not_a_time_is_null(string expires)
    {
        string body = $$$"""{"success":true,"data":{"message":"ok","totp":"654321","expires":"{{{expires}}}","result":true}}""";
        BsreClient client = ClientFactory.Create(FaultyHandler.Answer(HttpStatusCode.OK, body, "application/json"));

        SealTotp activation = await client.RefreshSealActivationAsync("SUB-1", "123456");

        Assert.Null(activation.ExpiresAt);
        Assert.Equal("654321", activation.Totp);
    }

    [Fact]
    public async Task Seal_pdf_answers_time_and_files()
    {
        byte[] pdf = SamplePdf.Create();
        string body = $$"""{"time":"2026-12-04 10:00:00 +0000","file":["{{Convert.ToBase64String(pdf)}}"]}""";
        BsreClient client = ClientFactory.Create(FaultyHandler.Answer(HttpStatusCode.OK, body, "application/json"));
        var request = new SealRequest { SubscriberId = "SUB-1", Totp = "123456" };
        request.Documents.Add(new SignDocument(new MemoryStream(pdf)));

        SignResult result = await client.SealAsync(request);

        Assert.Equal("2026-12-04 10:00:00 +0000", result.Time);
        Assert.Equal(pdf, await Assert.Single(result.Documents).ToArrayAsync());
    }
}
