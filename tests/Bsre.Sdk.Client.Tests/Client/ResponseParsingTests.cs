using Bsre.Sdk.Testing;
using System.Net;
using System.Text;
using System.Text.Json;
using Bsre.Sdk.Client.Tests.Fakes;

namespace Bsre.Sdk.Client.Tests.Client;

/// <summary>Successful answers in every shape the API uses are read into typed results.</summary>
public sealed class ResponseParsingTests
{
    private static readonly byte[] Pdf = SamplePdf.Create();

    [Fact]
    public async Task V1_byte_answer_streams_the_pdf_and_reads_id_dokumen()
    {
        var handler = FaultyHandler.Answer(HttpStatusCode.OK, Pdf, "application/pdf", r => r.Headers.Add("id_dokumen", "DOC-42"));
        BsreClient client = ClientFactory.Create(handler);

        await using SignedDocument signed = await client.SignV1Async(FaultyGatewayTests.V1Request());

        Assert.Equal("DOC-42", signed.DocumentId);
        Assert.Equal(Pdf, await signed.ToArrayAsync());
        string body = Assert.Single(handler.Bodies);
        Assert.Contains("name=tampilan", body, StringComparison.Ordinal);
        Assert.Contains("BYTE", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task V1_base64_answer_is_decoded()
    {
        string json = JsonSerializer.Serialize(new Dictionary<string, string> { ["base64_signed_file"] = Convert.ToBase64String(Pdf), ["id_dokumen"] = "DOC-7" });
        BsreClient client = ClientFactory.Create(FaultyHandler.Answer(HttpStatusCode.OK, json, "application/json"));
        SignV1Request request = FaultyGatewayTests.V1Request();
        request.ResponseFormat = V1ResponseFormat.Base64;

        await using SignedDocument signed = await client.SignV1Async(request);

        Assert.Equal("DOC-7", signed.DocumentId);
        Assert.Equal(Pdf, await signed.ToArrayAsync());
    }

    [Fact]
    public async Task V2_answer_with_several_files_keeps_their_order_even_when_escaped()
    {
        byte[] second = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(Pdf).Replace("Nota", "Surat", StringComparison.Ordinal));
        string escaped = Convert.ToBase64String(second).Replace("/", "\\/", StringComparison.Ordinal);
        string json = $$"""{"file":["{{Convert.ToBase64String(Pdf)}}","{{escaped}}"],"time":"1234"}""";
        var handler = FaultyHandler.Answer(HttpStatusCode.OK, json, "application/json");
        BsreClient client = ClientFactory.Create(handler);
        SignRequest request = FaultyGatewayTests.V2Request();
        request.Documents.Add(new SignDocument(new MemoryStream(second), new SignatureProperties { Appearance = SignatureAppearance.Visible, Page = 1, OriginX = 10, OriginY = 20, Width = 100, Height = 50, Image = new byte[] { 1, 2, 3 } }));

        SignResult result = await client.SignAsync(request);

        Assert.Equal(2, result.Documents.Count);
        Assert.Equal(Pdf, await result.Documents[0].ToArrayAsync());
        Assert.Equal(second, await result.Documents[1].ToArrayAsync());
        Assert.Equal("1234", result.Time);
        using JsonDocument sent = JsonDocument.Parse(Assert.Single(handler.Bodies));
        Assert.Equal(Pdf, sent.RootElement.GetProperty("file")[0].GetBytesFromBase64());
        Assert.Equal("VISIBLE", sent.RootElement.GetProperty("signatureProperties")[1].GetProperty("tampilan").GetString());
        Assert.Equal("Rahasia#123", sent.RootElement.GetProperty("passphrase").GetString());
    }

    [Fact]
    public async Task V2_verify_maps_misspelt_fields_to_proper_names()
    {
        const string json = """
            {"conclusion":"VALID","description":"Dokumen valid","signatureCount":1,"signatureInformations":[{"id":"s1","fieldName":"Signature1",
             "signerName":"Budi","signatureFormat":"PAdES-BASELINE-LT","signatureDate":"2026-11-24T10:00:00Z","integrityValid":true,"certificateTrusted":true,
             "ltv":true,"lastSignature":true,"certLevelCode":0,"certificateDetails":[{"commonName":"Budi","issuerName":"CN=BSRE CA DS G1","serialNumber":"123",
             "notBeforeDate":"2026-01-01T00:00:00Z","notAfterDate":"2028-01-01T00:00:00Z","keyUsages":["digitalSignature"],"signatureAlgoritm":"SHA256withRSA"}],
             "timestampInfomation":{"id":"t1","signerName":"TSA","timestampDate":"2026-11-24T10:00:01Z"}}]}
            """;
        var handler = FaultyHandler.Answer(HttpStatusCode.OK, json, "application/json");
        BsreClient client = ClientFactory.Create(handler);

        VerificationResult result = await client.VerifyAsync(new MemoryStream(Pdf));

        Assert.True(result.IsValid);
        VerifiedSignature signature = Assert.Single(result.Signatures);
        Assert.Equal("SHA256withRSA", signature.Certificates[0].SignatureAlgorithm);
        Assert.Equal("TSA", signature.Timestamp!.SignerName);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), signature.SigningTime);
        using JsonDocument sent = JsonDocument.Parse(Assert.Single(handler.Bodies));
        Assert.Equal(Pdf, sent.RootElement.GetProperty("file").GetBytesFromBase64());
    }

    [Theory]
    [InlineData("""{"status":"ISSUE"}""", CertificateStatus.Issue)]
    [InlineData("""{"userStatus":"EXPIRED"}""", CertificateStatus.Expired)]
    [InlineData("""{"data":{"status":"WAITING_FOR_VERIFICATION"}}""", CertificateStatus.WaitingForVerification)]
    [InlineData("""{"status":"SOMETHING_NEW"}""", CertificateStatus.Unknown)]
    public async Task User_status_is_typed(string json, CertificateStatus expected)
    {
        BsreClient client = ClientFactory.Create(FaultyHandler.Answer(HttpStatusCode.OK, json, "application/json"));

        UserStatusResult status = await client.GetUserStatusAsync(SignerId.FromEmail("budi@example.go.id"));

        Assert.Equal(expected, status.Status);
        Assert.Equal(expected == CertificateStatus.Issue, status.CanSign);
    }

    [Fact]
    public async Task EnsureCanSign_throws_CertificateNotActive_with_the_status()
    {
        BsreClient client = ClientFactory.Create(FaultyHandler.Answer(HttpStatusCode.OK, """{"status":"SUSPEND"}""", "application/json"));

        var error = await Assert.ThrowsAsync<BsreException>(() => client.EnsureCanSignAsync(SignerId.FromNik("3201010101010001")));

        Assert.Equal(BsreErrorCode.CertificateNotActive, error.ErrorCode);
        Assert.Equal(CertificateStatus.Suspend, error.CertificateStatus);
    }

    [Fact]
    public async Task Seal_totp_answers_are_read_from_data_or_root()
    {
        const string json = """{"success":true,"data":{"message":"ok","totp":"778899","expires":"2026-11-25T00:00:00Z","result":true}}""";
        BsreClient client = ClientFactory.Create(FaultyHandler.Answer(HttpStatusCode.OK, json, "application/json"));

        SealTotp totp = await client.RefreshSealActivationAsync("SUB-1", "112233");

        Assert.Equal("778899", totp.Totp);
        Assert.DoesNotContain("778899", totp.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_result_false_answer_is_an_error_even_with_200()
    {
        BsreClient client = ClientFactory.Create(FaultyHandler.Answer(HttpStatusCode.OK, """{"result":false,"message":"TOTP tidak valid"}""", "application/json"));

        var error = await Assert.ThrowsAsync<BsreException>(() => client.RequestSealTotpAsync("SUB-1", "000000"));

        Assert.Equal(BsreErrorCode.InvalidTotp, error.ErrorCode);
    }

    [Theory]
    [InlineData("Proses signing gagal : Passphrase anda salah 2031", BsreErrorCode.InvalidPassphrase)]
    [InlineData("Proses signing gagal : passphrase wajib diisi", BsreErrorCode.InvalidRequest)]
    [InlineData("Proses signing gagal : User tidak terdaftar", BsreErrorCode.UserNotRegistered)]
    [InlineData("Proses signing gagal : TOTP tidak valid atau kadaluarsa", BsreErrorCode.InvalidTotp)]
    [InlineData("Proses signing gagal : Sertifikat tidak aktif, status REVOKE", BsreErrorCode.CertificateNotActive)]
    [InlineData("Proses signing gagal : dokumen rusak", BsreErrorCode.InvalidRequest)]
    public async Task Gateway_messages_map_to_error_codes(string message, BsreErrorCode expected)
    {
        string json = JsonSerializer.Serialize(new Dictionary<string, object> { ["error"] = message, ["status_code"] = 400 });
        BsreClient client = ClientFactory.Create(FaultyHandler.Answer(HttpStatusCode.BadRequest, json, "application/json"));

        var error = await Assert.ThrowsAsync<BsreException>(() => client.SignAsync(FaultyGatewayTests.V2Request()));

        Assert.Equal(expected, error.ErrorCode);
        Assert.Equal(expected == BsreErrorCode.CertificateNotActive ? CertificateStatus.Revoke : null, error.CertificateStatus);
    }

    [Fact]
    public async Task Download_not_found_is_typed_and_retried_only_for_transient_faults()
    {
        var handler = FaultyHandler.Answer(HttpStatusCode.NotFound, """{"error":"Dokumen tidak ditemukan"}""", "application/json");
        BsreClient client = ClientFactory.Create(handler);

        var error = await Assert.ThrowsAsync<BsreException>(() => client.DownloadV1Async("DOC-404"));

        Assert.Equal(BsreErrorCode.NotFound, error.ErrorCode);
        Assert.Equal(1, handler.Count("/api/sign/download/DOC-404"));
    }
}
