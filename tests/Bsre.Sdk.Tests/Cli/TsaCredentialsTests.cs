using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Testing;
using Microsoft.AspNetCore.Http;

namespace Bsre.Sdk.Tests.Cli;

/// <summary>A TSA behind HTTP Basic (as BSrE's is): the credentials reach it, a refusal is typed, the password shows nowhere.</summary>
public sealed class TsaCredentialsTests : IClassFixture<CliFixture>, IAsyncLifetime
{
    private const string User = "tsa-user";
    private const string Password = "Tsa-Secret-4711";
    private static readonly HttpClient Forward = new();
    private readonly CliFixture _fixture;
    private LoopbackHttpServer _guarded = null!;

    public TsaCredentialsTests(CliFixture fixture) => _fixture = fixture;

    private Uri Url => new(_guarded.BaseUrl, "tsa");

    public async Task InitializeAsync() => _guarded = await LoopbackHttpServer.StartAsync(GuardAsync);

    public async Task DisposeAsync() => await _guarded.DisposeAsync();

    [Fact]
    public async Task The_client_sends_the_credentials()
    {
        using var http = new HttpClient();
        var client = new TimestampClient(http, new TimestampClientOptions { Url = Url, Username = User, Password = Password });

        TimestampToken token = await client.RequestAsync(SHA256.HashData("x"u8), HashAlgorithmName.SHA256);

        Assert.NotNull(token);
    }

    [Theory]
    [InlineData(User, "wrong-password")]
    [InlineData(null, null)]
    public async Task A_refusal_is_unauthorized_naming_the_tsa_never_the_password(string? user, string? password)
    {
        using var http = new HttpClient();
        var options = new TimestampClientOptions { Url = Url, Username = user, Password = password };
        var client = new TimestampClient(http, options);

        var error = await Assert.ThrowsAsync<TimestampException>(() => client.RequestAsync(SHA256.HashData("x"u8), HashAlgorithmName.SHA256));

        Assert.Equal(TimestampFailure.Unauthorized, error.ErrorCode);
        Assert.False(error.IsTransient);
        Assert.Contains(Url.ToString(), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cli_signs_with_the_credentials_and_exits_69_on_a_refusal_without_echoing_the_password()
    {
        string good = _fixture.NewPath("tsa-good.password");
        string bad = _fixture.NewPath("tsa-bad.password");
        await File.WriteAllTextAsync(good, Password + "\n");
        await File.WriteAllTextAsync(bad, "Wrong-Secret-0815\n");
        string signedOk = _fixture.NewPath("ok.p7s");
        string signedBad = _fixture.NewPath("bad.p7s");

        CliRun ok = await CliFixture.RunAsync([.. Sign(signedOk), "--tsa-user", User, "--tsa-password-file", good]);
        CliRun refused = await CliFixture.RunAsync([.. Sign(signedBad), "--tsa-user", User, "--tsa-password-file", bad, "--verbose"]);
        CliRun missing = await CliFixture.RunAsync([.. Sign(signedBad), "--tsa-user", User]);

        Assert.True(ok.ExitCode == 0, ok.Error);
        Assert.Equal(69, refused.ExitCode);
        Assert.Contains(Url.ToString(), refused.Error, StringComparison.Ordinal);
        Assert.Contains("refused its credentials", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Wrong-Secret-0815", refused.Error + refused.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, ok.Error + ok.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(signedBad));
        Assert.Equal(64, missing.ExitCode);
    }

    private string[] Sign(string output) =>
        ["cms", "sign", "--in", _fixture.Sample, "--out", output, "--pfx", _fixture.PkiFile("signer-rsa.p12"), "--password-file", _fixture.PkiFile("signer-rsa.password"),
         "--level", "B-T", "--tsa", Url.ToString()];

    /// <summary>Answers 401 unless the request carries the Basic credentials, else forwards it to the test TSA.</summary>
    private async Task GuardAsync(HttpContext context)
    {
        string expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"));
        if (context.Request.Headers.Authorization.ToString() != expected)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"TSA\"";
            return;
        }

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        using var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/timestamp-query");
        using HttpResponseMessage answer = await Forward.PostAsync(_fixture.Services.Tsa.Url, content);
        context.Response.StatusCode = (int)answer.StatusCode;
        context.Response.ContentType = "application/timestamp-reply";
        await answer.Content.CopyToAsync(context.Response.Body);
    }
}
