using System.Net;
using System.Security.Authentication;
using Bsre.Sdk.Client.Tests.Fakes;
using Microsoft.Extensions.Logging;

namespace Bsre.Sdk.Client.Tests.Client;

/// <summary>Errors name their cause: the URL that was called, a too-large document, and who is at fault (the log level).</summary>
public sealed class ErrorCauseTests
{
    private const string Nik = "3201010101010001";

    [Fact]
    public async Task A_base_address_without_a_trailing_slash_keeps_its_last_segment()
    {
        var handler = FaultyHandler.Answer(HttpStatusCode.OK, SamplePdfBytes(), "application/pdf");
        BsreClient client = ClientFactory.Create(handler, o => o.BaseAddress = new Uri("https://gateway.test/esign"));

        using SignedDocument signed = await client.SignV1Async(FaultyGatewayTests.V1Request());

        Assert.Equal(1, handler.Count("/esign/api/sign/pdf"));
        Assert.Equal(new Uri("https://gateway.test/esign/"), client.BaseAddress);
    }

    [Fact]
    public void A_base_address_with_a_query_is_refused_when_the_client_is_built()
    {
        var error = Assert.Throws<ArgumentException>(() => ClientFactory.Create(FaultyHandler.Hang(), o => o.BaseAddress = new Uri("https://gateway.test/esign?x=1")));

        Assert.Contains("query or fragment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotFound_names_the_URL_without_the_NIK()
    {
        BsreClient client = ClientFactory.Create(FaultyHandler.Answer(HttpStatusCode.NotFound, "<html>Not Found</html>", "text/html"), o => o.BaseAddress = new Uri("https://gateway.test/esign/"));

        var error = await Assert.ThrowsAsync<BsreException>(() => client.GetUserStatusV1Async(Nik));

        Assert.Equal(BsreErrorCode.NotFound, error.ErrorCode);
        Assert.Contains("https://gateway.test/esign/api/user/status/***", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Nik, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_TLS_failure_names_the_URL_and_the_certificate()
    {
        var tls = new HttpRequestException("The SSL connection could not be established, see inner exception.", new AuthenticationException("The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot"));
        BsreClient client = ClientFactory.Create(FaultyHandler.Throw(tls), o => o.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<BsreException>(() => client.VerifyV1Async(new MemoryStream(SamplePdfBytes())));

        Assert.Equal(BsreErrorCode.ServiceUnavailable, error.ErrorCode);
        Assert.Contains("TLS handshake with https://gateway.test/api/sign/verify failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("UntrustedRoot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_names_the_URL()
    {
        int port = FreePort();
        BsreClient client = ClientFactory.Create(new SocketsHttpHandler(), o => { o.BaseAddress = new Uri($"http://127.0.0.1:{port}/esign/"); o.MaxRetries = 0; });

        var error = await Assert.ThrowsAsync<BsreException>(() => client.GetUserStatusV1Async(Nik));

        Assert.Equal(BsreErrorCode.ServiceUnavailable, error.ErrorCode);
        Assert.Contains($"the gateway at http://127.0.0.1:{port}/esign/api/user/status/*** could not be reached", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HTTP_413_is_DocumentTooLarge_not_transient_and_not_retried()
    {
        var handler = FaultyHandler.Answer(HttpStatusCode.RequestEntityTooLarge, """{"error":"Payload Too Large"}""", "application/json");
        BsreClient client = ClientFactory.Create(handler);

        var error = await Assert.ThrowsAsync<BsreException>(() => client.VerifyV1Async(new MemoryStream(SamplePdfBytes())));

        Assert.Equal(BsreErrorCode.DocumentTooLarge, error.ErrorCode);
        Assert.False(error.IsTransient);
        Assert.Equal(1, handler.Count("/api/sign/verify"));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, """{"error":"Passphrase anda salah (2031)","status_code":2031}""", LogLevel.Warning)]
    [InlineData(HttpStatusCode.BadRequest, """{"error":"User tidak terdaftar (2011)","status_code":2011}""", LogLevel.Warning)]
    [InlineData(HttpStatusCode.ServiceUnavailable, """{"error":"down"}""", LogLevel.Error)]
    [InlineData(HttpStatusCode.Unauthorized, """{"error":"Unauthorized"}""", LogLevel.Error)]
    public async Task The_signers_mistakes_are_logged_at_Warning_the_rest_at_Error(HttpStatusCode status, string body, LogLevel expected)
    {
        using var logs = new CapturingLoggerProvider();
        BsreClient client = ClientFactory.Create(FaultyHandler.Answer(status, body, "application/json"), o => o.MaxRetries = 0, new LoggerFactory([logs]));

        await Assert.ThrowsAsync<BsreException>(() => client.SignV1Async(FaultyGatewayTests.V1Request()));

        string failed = Assert.Single(logs.Lines, l => l.Contains($" {BsreEventId.RequestFailed} ", StringComparison.Ordinal));
        Assert.StartsWith(expected.ToString() + " ", failed, StringComparison.Ordinal);
    }

    private static byte[] SamplePdfBytes() => Bsre.Sdk.Testing.SamplePdf.Create();

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
