using Bsre.Sdk.Testing;
using System.Net;
using Bsre.Sdk.Client.Tests.Fakes;

namespace Bsre.Sdk.Client.Tests.Client;

/// <summary>Every kind of gateway fault gives a typed <see cref="BsreException"/>, and no sign call is sent twice.</summary>
public sealed class FaultyGatewayTests
{
    private const string V1Sign = "/api/sign/pdf";
    private const string V2Sign = "/api/v2/sign/pdf";

    public static TheoryData<string, BsreErrorCode, bool> Faults => new()
    {
        { "503-json", BsreErrorCode.ServiceUnavailable, true },
        { "502-html", BsreErrorCode.ServiceUnavailable, true },
        { "500-spring", BsreErrorCode.ServiceUnavailable, true },
        { "reset", BsreErrorCode.ServiceUnavailable, true },
        { "200-html", BsreErrorCode.InvalidResponse, false },
        { "200-malformed-json", BsreErrorCode.InvalidResponse, false },
        { "200-json-error-2031", BsreErrorCode.InvalidPassphrase, false },
        { "400-2011", BsreErrorCode.UserNotRegistered, false },
        { "401", BsreErrorCode.Unauthorized, false },
        { "501", BsreErrorCode.NotSupported, false },
        { "200-not-pdf", BsreErrorCode.InvalidResponse, false },
        { "200-empty", BsreErrorCode.InvalidResponse, false },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task V1_sign_maps_the_fault_and_is_sent_once(string fault, BsreErrorCode expected, bool transient)
    {
        FaultyHandler handler = Handler(fault);
        BsreClient client = ClientFactory.Create(handler);

        var error = await Assert.ThrowsAsync<BsreException>(() => client.SignV1Async(V1Request()));

        Assert.Equal(expected, error.ErrorCode);
        Assert.Equal(transient, error.IsTransient);
        Assert.NotNull(error.RequestId);
        Assert.Equal(1, handler.Count(V1Sign));
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task V2_sign_maps_the_fault_and_is_sent_once(string fault, BsreErrorCode expected, bool transient)
    {
        FaultyHandler handler = Handler(fault);
        BsreClient client = ClientFactory.Create(handler);

        var error = await Assert.ThrowsAsync<BsreException>(() => client.SignAsync(V2Request()));

        Assert.Equal(expected, error.ErrorCode);
        Assert.Equal(transient, error.IsTransient);
        Assert.Equal(1, handler.Count(V2Sign));
    }

    [Fact]
    public async Task A_sign_timeout_is_transient_and_not_retried()
    {
        FaultyHandler handler = FaultyHandler.Hang();
        BsreClient client = ClientFactory.Create(handler, o => o.SigningTimeout = TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<BsreException>(() => client.SignV1Async(V1Request()));

        Assert.Equal(BsreErrorCode.Timeout, error.ErrorCode);
        Assert.True(error.IsTransient);
        Assert.Contains("may still have signed", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, handler.Count(V1Sign));
    }

    [Fact]
    public async Task Seal_is_never_retried()
    {
        FaultyHandler handler = Handler("503-json");
        BsreClient client = ClientFactory.Create(handler, o => o.MaxRetries = 5);
        var request = new SealRequest { SubscriberId = "SUB-1", Totp = "123456" };
        request.Documents.Add(new SignDocument(new MemoryStream(SamplePdf.Create())));

        await Assert.ThrowsAsync<BsreException>(() => client.SealAsync(request));

        Assert.Equal(1, handler.Count("/api/v2/seal/pdf"));
    }

    [Fact]
    public async Task Status_is_retried_after_transient_failures()
    {
        FaultyHandler handler = Handler("503-json");
        BsreClient client = ClientFactory.Create(handler, o => o.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<BsreException>(() => client.GetUserStatusAsync(SignerId.FromNik("3201010101010001")));

        Assert.Equal(BsreErrorCode.ServiceUnavailable, error.ErrorCode);
        Assert.Equal(3, handler.Count("/api/v2/user/check/status"));
    }

    [Fact]
    public async Task A_cancelled_call_throws_OperationCanceledException()
    {
        BsreClient client = ClientFactory.Create(FaultyHandler.Hang());
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetUserStatusAsync(SignerId.FromNik("3201010101010001"), cancellation.Token));
    }

    internal static SignV1Request V1Request() => new() { Nik = "3201010101010001", Passphrase = "Rahasia#123", Document = new MemoryStream(SamplePdf.Create()) };

    internal static SignRequest V2Request()
    {
        var request = new SignRequest { Signer = SignerId.FromNik("3201010101010001"), Secret = SignerSecret.Passphrase("Rahasia#123") };
        request.Documents.Add(new SignDocument(new MemoryStream(SamplePdf.Create())));
        return request;
    }

    private static FaultyHandler Handler(string fault) => fault switch
    {
        "503-json" => FaultyHandler.Answer(HttpStatusCode.ServiceUnavailable, """{"error":"Service Unavailable","status_code":503}""", "application/json"),
        "502-html" => FaultyHandler.Answer(HttpStatusCode.BadGateway, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"),
        "500-spring" => FaultyHandler.Answer(HttpStatusCode.InternalServerError, """{"timestamp":"2026-11-24T10:00:00Z","status":500,"error":"Internal Server Error","message":"NullPointerException","path":"/api/v2/sign/pdf"}""", "application/json"),
        "reset" => FaultyHandler.Throw(new HttpRequestException("An error occurred while sending the request.", new IOException("Connection reset by peer"))),
        "200-html" => FaultyHandler.Answer(HttpStatusCode.OK, "<!DOCTYPE html><html><body>Login</body></html>", "text/html"),
        "200-malformed-json" => FaultyHandler.Answer(HttpStatusCode.OK, """{"file": ["JVBERi0""", "application/json"),
        "200-json-error-2031" => FaultyHandler.Answer(HttpStatusCode.OK, """{"error":"Proses signing gagal : Passphrase anda salah 2031","status_code":400}""", "application/json"),
        "400-2011" => FaultyHandler.Answer(HttpStatusCode.BadRequest, """{"error":"Proses signing gagal : User tidak terdaftar 2011","status_code":400}""", "application/json"),
        "401" => FaultyHandler.Answer(HttpStatusCode.Unauthorized, string.Empty, "text/plain"),
        "501" => FaultyHandler.Answer(HttpStatusCode.NotImplemented, """{"error":"not implemented","status_code":501}""", "application/json"),
        "200-not-pdf" => FaultyHandler.Answer(HttpStatusCode.OK, "GIF89a-not-a-pdf"u8.ToArray(), "application/octet-stream"),
        "200-empty" => FaultyHandler.Answer(HttpStatusCode.OK, [], "application/pdf"),
        _ => throw new ArgumentOutOfRangeException(nameof(fault)),
    };
}
