extern alias sample;

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Bsre.Sdk.Client.Tests.Emulator;
using Bsre.Sdk.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using static Bsre.Sdk.Client.Tests.Emulator.EmulatorFixture;
using SampleProgram = sample::Program;

namespace Bsre.Sdk.Client.Tests.Samples;

/// <summary>
/// The ASP.NET Core sample end to end: /sign through the emulator, /sign-local with the emulator's test key, /verify; every
/// error an RFC 9457 problem with its stable type, and an oversized upload a 413 problem.
/// </summary>
[Collection(EmulatorGroup.Name)]
public sealed class AspNetCoreSampleTests(EmulatorFixture fixture)
{
    private static readonly Lazy<string> PkiDirectory = new(() => Directory.CreateTempSubdirectory("bsre-aspnetcore-").FullName);

    [Fact]
    public async Task Upload_is_signed_through_the_emulator()
    {
        await using WebApplicationFactory<SampleProgram> app = Sample();
        using HttpClient http = app.CreateClient();

        using HttpResponseMessage response = await http.PostAsync(new Uri("/sign", UriKind.Relative), Upload(SamplePdf.Create(), Budi, Passphrase));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync())[..5], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Budi, "salah-sekali", 422, "urn:bsre-sdk:problem:invalid-passphrase")]
    [InlineData("3201019999999999", Passphrase, 422, "urn:bsre-sdk:problem:signer-not-registered")]
    public async Task The_signers_mistakes_are_422_problems_without_the_secrets(string nik, string passphrase, int status, string type)
    {
        await using WebApplicationFactory<SampleProgram> app = Sample();
        using HttpClient http = app.CreateClient();

        using HttpResponseMessage response = await http.PostAsync(new Uri("/sign", UriKind.Relative), Upload(SamplePdf.Create(), nik, passphrase));
        JsonElement problem = await ProblemAsync(response, status, type);

        Assert.True(problem.TryGetProperty("requestId", out _));
        string body = problem.GetRawText();
        Assert.DoesNotContain(passphrase, body, StringComparison.Ordinal);
        Assert.DoesNotContain(nik, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_gateway_is_a_503_problem_marked_transient()
    {
        await using WebApplicationFactory<SampleProgram> app = Sample(gateway: $"http://127.0.0.1:{ClosedPort()}/esign/");
        using HttpClient http = app.CreateClient();

        using HttpResponseMessage response = await http.PostAsync(new Uri("/sign", UriKind.Relative), Upload(SamplePdf.Create(), Budi, Passphrase));
        JsonElement problem = await ProblemAsync(response, 503, "urn:bsre-sdk:problem:gateway-unavailable");

        Assert.True(problem.GetProperty("isTransient").GetBoolean());
        Assert.DoesNotContain("127.0.0.1", problem.GetRawText(), StringComparison.Ordinal); // the internal gateway address stays in the logs
    }

    [Fact]
    public async Task Sign_local_then_verify_answers_the_JSON_report()
    {
        await using WebApplicationFactory<SampleProgram> app = Sample();
        using HttpClient http = app.CreateClient();

        using HttpResponseMessage signed = await http.PostAsync(new Uri("/sign-local", UriKind.Relative), Upload(SamplePdf.Create()));
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        byte[] pdf = await signed.Content.ReadAsByteArrayAsync();
        using HttpResponseMessage verified = await http.PostAsync(new Uri("/verify", UriKind.Relative), Upload(pdf));

        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal("application/json", verified.Content.Headers.ContentType?.MediaType);
        using JsonDocument report = JsonDocument.Parse(await verified.Content.ReadAsStringAsync());
        Assert.Equal("TOTAL_PASSED", report.RootElement.GetProperty("indication").GetString());
        Assert.Equal("nota-dinas.pdf", report.RootElement.GetProperty("file").GetString());
    }

    [Theory]
    [InlineData("/verify")]
    [InlineData("/sign-local")]
    public async Task Something_that_is_not_a_PDF_is_a_422_problem_saying_so(string endpoint)
    {
        await using WebApplicationFactory<SampleProgram> app = Sample();
        using HttpClient http = app.CreateClient();

        using HttpResponseMessage response = await http.PostAsync(new Uri(endpoint, UriKind.Relative), Upload("hello"u8.ToArray()));
        JsonElement problem = await ProblemAsync(response, 422, "urn:bsre-sdk:problem:invalid-document");

        Assert.Equal("The file is not a PDF: no %PDF- header in its first 1024 bytes.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/sign")]
    [InlineData("/sign-local")]
    [InlineData("/verify")]
    public async Task An_upload_over_the_limit_is_a_413_problem(string endpoint)
    {
        await using WebApplicationFactory<SampleProgram> app = Sample(maxRequestBytes: 64 * 1024);
        using HttpClient http = app.CreateClient();

        using HttpResponseMessage response = await http.PostAsync(new Uri(endpoint, UriKind.Relative), Upload(new byte[200 * 1024], Budi, Passphrase));
        JsonElement problem = await ProblemAsync(response, 413, "urn:bsre-sdk:problem:upload-too-large");

        Assert.Contains("65,536 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_form_field_is_a_400_problem()
    {
        await using WebApplicationFactory<SampleProgram> app = Sample();
        using HttpClient http = app.CreateClient();

        using HttpResponseMessage response = await http.PostAsync(new Uri("/sign", UriKind.Relative), Upload(SamplePdf.Create()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void A_bad_configuration_stops_the_app_at_start_naming_the_option()
    {
        using WebApplicationFactory<SampleProgram> app = Sample("http://10.1.2.3/", allowInsecureHttp: false);

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("AllowInsecureHttp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_file_with_a_wrong_password_stops_the_app_at_start_naming_the_file()
    {
        string wrong = Path.Combine(Pki(), "wrong.password");
        File.WriteAllText(wrong, "not-the-password");
        using WebApplicationFactory<SampleProgram> app = Sample().WithWebHostBuilder(web => web.UseSetting("Signing:PasswordFile", wrong));

        var error = Assert.Throws<SigningKeyException>(() => app.CreateClient());

        Assert.Contains("signer-rsa.p12' could not be opened: the password is wrong", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_endpoint_reports_the_gateway_and_the_TSA_and_the_SDK_telemetry_is_exported()
    {
        await using WebApplicationFactory<SampleProgram> app = Sample(consoleExporter: true);
        using HttpClient http = app.CreateClient();
        using (HttpResponseMessage healthy = await http.GetAsync(new Uri("/health", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
            Assert.Equal("Healthy", await healthy.Content.ReadAsStringAsync());
        }

        await using WebApplicationFactory<SampleProgram> down = Sample($"http://127.0.0.1:{ClosedPort()}/esign/");
        using HttpClient downHttp = down.CreateClient();
        using HttpResponseMessage unhealthy = await downHttp.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
        Assert.Equal("Unhealthy", await unhealthy.Content.ReadAsStringAsync());
    }

    private WebApplicationFactory<SampleProgram> Sample(string? gateway = null, bool allowInsecureHttp = true, long? maxRequestBytes = null, bool consoleExporter = false)
    {
        string pki = Pki();
        return new WebApplicationFactory<SampleProgram>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Bsre:BaseAddress", gateway ?? fixture.Emulator.BaseUrl.ToString())
                .UseSetting("Timestamp:Url", fixture.Emulator.TimestampUrl.ToString())
                .UseSetting("Telemetry:ConsoleExporter", consoleExporter ? "true" : "false")
                .UseSetting("Bsre:AllowInsecureHttp", allowInsecureHttp ? "true" : "false")
                .UseSetting("Signing:Pkcs12Path", Path.Combine(pki, "signer-rsa.p12"))
                .UseSetting("Signing:PasswordFile", Path.Combine(pki, "signer-rsa.password"))
                .UseSetting("Validation:TrustAnchors", Path.Combine(pki, "root.pem"));
            if (maxRequestBytes is { } max)
            {
                web.UseSetting("Uploads:MaxRequestBytes", max.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        });
    }

    /// <summary>The emulator's test PKI as files (its OCSP, CRL and TSA servers are running, so /verify can pass).</summary>
    private string Pki()
    {
        lock (PkiDirectory)
        {
            if (!File.Exists(Path.Combine(PkiDirectory.Value, "root.pem")))
            {
                fixture.Emulator.Pki.WriteTo(PkiDirectory.Value);
            }
        }

        return PkiDirectory.Value;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, int status, string type)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"HTTP {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    private static MultipartFormDataContent Upload(byte[] document, string? nik = null, string? passphrase = null)
    {
        var file = new ByteArrayContent(document);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var form = new MultipartFormDataContent { { file, "file", "nota-dinas.pdf" } };
        if (nik is not null)
        {
            form.Add(new StringContent(nik), "nik");
            form.Add(new StringContent(passphrase!), "passphrase");
        }

        return form;
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
