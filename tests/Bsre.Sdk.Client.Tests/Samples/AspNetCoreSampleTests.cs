extern alias sample;

using System.Net;
using System.Net.Http.Headers;
using Bsre.Sdk.Client.Tests.Emulator;
using Bsre.Sdk.Client.Tests.Fakes;
using Bsre.Sdk.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using static Bsre.Sdk.Client.Tests.Emulator.EmulatorFixture;
using SampleProgram = sample::Program;

namespace Bsre.Sdk.Client.Tests.Samples;

/// <summary>The ASP.NET Core sample end to end: upload a PDF, the app signs it through the client against the emulator.</summary>
[Collection(EmulatorGroup.Name)]
public sealed class AspNetCoreSampleTests(EmulatorFixture fixture)
{
    [Fact]
    public async Task Upload_is_signed_through_the_emulator()
    {
        await using WebApplicationFactory<SampleProgram> app = Sample(fixture.Emulator.BaseUrl.ToString());
        using HttpClient http = app.CreateClient();

        using HttpResponseMessage response = await http.PostAsync(new Uri("/sign", UriKind.Relative), Upload(Passphrase));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync())[..5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_passphrase_is_a_422_problem_without_the_secret()
    {
        await using WebApplicationFactory<SampleProgram> app = Sample(fixture.Emulator.BaseUrl.ToString());
        using HttpClient http = app.CreateClient();

        using HttpResponseMessage response = await http.PostAsync(new Uri("/sign", UriKind.Relative), Upload("salah-sekali"));
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("InvalidPassphrase", body, StringComparison.Ordinal);
        Assert.DoesNotContain("salah-sekali", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Budi, body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_configuration_stops_the_app_at_start_naming_the_option()
    {
        using WebApplicationFactory<SampleProgram> app = Sample("http://10.1.2.3/", allowInsecureHttp: false);

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("AllowInsecureHttp", error.Message, StringComparison.Ordinal);
    }

    private static WebApplicationFactory<SampleProgram> Sample(string gateway, bool allowInsecureHttp = true) =>
        new WebApplicationFactory<SampleProgram>().WithWebHostBuilder(web => web
            .UseSetting("Bsre:BaseAddress", gateway)
            .UseSetting("Bsre:AllowInsecureHttp", allowInsecureHttp ? "true" : "false"));

    private static MultipartFormDataContent Upload(string passphrase)
    {
        var file = new ByteArrayContent(SamplePdf.Create());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent
        {
            { file, "file", "nota-dinas.pdf" },
            { new StringContent(Budi), "nik" },
            { new StringContent(passphrase), "passphrase" },
        };
    }
}
