using Bsre.Sdk.Testing;
using Bsre.Sdk.Client.Tests.Fakes;
using static Bsre.Sdk.Client.Tests.Emulator.EmulatorFixture;

namespace Bsre.Sdk.Client.Tests.Emulator;

/// <summary>The client against the emulator over real HTTP: accounts, statuses, refusals, TOTP, registration, chain.</summary>
[Collection(EmulatorGroup.Name)]
public sealed class EmulatorAccountTests(EmulatorFixture fixture)
{
    [Theory]
    [InlineData(Budi, CertificateStatus.Issue)]
    [InlineData(Rudi, CertificateStatus.Expired)]
    [InlineData("3201019999999999", CertificateStatus.NotRegistered)]
    public async Task Status_v1_and_v2_agree(string nik, CertificateStatus expected)
    {
        BsreClient client = fixture.Client();

        Assert.Equal(expected, (await client.GetUserStatusAsync(SignerId.FromNik(nik))).Status);
        Assert.Equal(expected, (await client.GetUserStatusV1Async(nik)).Status);
    }

    [Fact]
    public async Task Wrong_passphrase_is_2031_on_v1_and_v2()
    {
        BsreClient client = fixture.Client();
        var v2 = new SignRequest { Signer = SignerId.FromNik(Budi), Secret = SignerSecret.Passphrase("salah") };
        v2.Documents.Add(new SignDocument(new MemoryStream(SamplePdf.Create())));

        var e1 = await Assert.ThrowsAsync<BsreException>(() => client.SignV1Async(new SignV1Request { Nik = Budi, Passphrase = "salah", Document = new MemoryStream(SamplePdf.Create()) }));
        var e2 = await Assert.ThrowsAsync<BsreException>(() => client.SignAsync(v2));

        Assert.All(new[] { e1, e2 }, e => Assert.Equal((BsreErrorCode.InvalidPassphrase, "2031", 400), (e.ErrorCode, e.ServiceCode, e.Status)));
    }

    [Fact]
    public async Task Unknown_user_is_2011()
    {
        var error = await Assert.ThrowsAsync<BsreException>(() => fixture.Client().SignV1Async(
            new SignV1Request { Nik = "3201019999999999", Passphrase = Passphrase, Document = new MemoryStream(SamplePdf.Create()) }));

        Assert.Equal((BsreErrorCode.UserNotRegistered, "2011"), (error.ErrorCode, error.ServiceCode));
    }

    [Fact]
    public async Task An_expired_certificate_is_CertificateNotActive_with_the_status()
    {
        BsreClient client = fixture.Client();

        var error = await Assert.ThrowsAsync<BsreException>(() => client.SignV1Async(new SignV1Request { Nik = Rudi, Passphrase = Passphrase, Document = new MemoryStream(SamplePdf.Create()) }));
        var ensure = await Assert.ThrowsAsync<BsreException>(() => client.EnsureCanSignAsync(SignerId.FromNik(Rudi)));

        Assert.Equal((BsreErrorCode.CertificateNotActive, CertificateStatus.Expired), (error.ErrorCode, error.CertificateStatus));
        Assert.Equal(CertificateStatus.Expired, ensure.CertificateStatus);
    }

    [Fact]
    public async Task Wrong_api_credentials_are_Unauthorized()
    {
        var error = await Assert.ThrowsAsync<BsreException>(() => fixture.Client(password: "wrong").GetUserStatusAsync(SignerId.FromNik(Budi)));

        Assert.Equal((BsreErrorCode.Unauthorized, 401), (error.ErrorCode, error.Status));
    }

    [Fact]
    public async Task A_wrong_totp_is_InvalidTotp_and_a_mailed_one_is_accepted()
    {
        BsreClient client = fixture.Client();
        await client.RequestTotpAsync(SignerId.FromEmail("siti@example.go.id"), 1);
        string code = fixture.Emulator.Mailbox.LatestCode("siti@example.go.id")!;
        var wrong = new SignRequest { Signer = SignerId.FromEmail("siti@example.go.id"), Secret = SignerSecret.Totp(code == "000000" ? "111111" : "000000") };
        wrong.Documents.Add(new SignDocument(new MemoryStream(SamplePdf.Create())));
        var right = new SignRequest { Signer = SignerId.FromEmail("siti@example.go.id"), Secret = SignerSecret.Totp(code) };
        right.Documents.Add(new SignDocument(new MemoryStream(SamplePdf.Create())));

        var error = await Assert.ThrowsAsync<BsreException>(() => client.SignAsync(wrong));
        Task<SignResult> signing = client.SignAsync(right);

        Assert.Equal(BsreErrorCode.InvalidTotp, error.ErrorCode);
        Assert.Single((await signing).Documents);
    }

    [Fact]
    public async Task Registration_creates_a_user_waiting_for_verification()
    {
        BsreClient client = fixture.Client();

        GatewayMessage message = await client.RegisterUserAsync(new UserRegistration { Name = "Dewi Lestari", Email = "dewi@example.go.id" });
        var again = await Assert.ThrowsAsync<BsreException>(() => client.RegisterUserAsync(new UserRegistration { Name = "Dewi", Email = "dewi@example.go.id" }));

        Assert.NotNull(message.Message);
        Assert.Equal(BsreErrorCode.InvalidRequest, again.ErrorCode);
        Assert.Equal(CertificateStatus.WaitingForVerification, (await client.GetUserStatusAsync(SignerId.FromEmail("dewi@example.go.id"))).Status);
    }

    [Fact]
    public async Task Certificate_chain_ends_at_the_test_root()
    {
        var chain = await fixture.Client().GetCertificateChainAsync(Budi);

        Assert.Equal(3, chain.Count);
        Assert.Equal(fixture.Emulator.Pki.Root.Certificate.Thumbprint, chain[^1].Thumbprint);
        Assert.Contains("Budi Santoso", chain[0].Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_of_an_unsigned_pdf_reports_no_signature()
    {
        BsreClient client = fixture.Client();

        VerificationResult v2 = await client.VerifyAsync(new MemoryStream(SamplePdf.Create()));
        VerificationResult v1 = await client.VerifyV1Async(new MemoryStream(SamplePdf.Create()));

        Assert.Equal((false, 0), (v2.IsValid, v2.SignatureCount));
        Assert.Equal((false, 0), (v1.IsValid, v1.SignatureCount));
    }

    [Fact]
    public async Task Download_of_an_unknown_id_is_NotFound()
    {
        var error = await Assert.ThrowsAsync<BsreException>(() => fixture.Client().DownloadV1Async("no-such-document"));

        Assert.Equal(BsreErrorCode.NotFound, error.ErrorCode);
    }
}
