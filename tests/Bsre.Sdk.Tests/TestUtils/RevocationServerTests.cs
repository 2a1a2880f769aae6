using Bsre.Sdk.Tests.Revocation;

namespace Bsre.Sdk.Tests.TestUtils;

/// <summary>What the test PKI's services answer besides OCSP and CRLs.</summary>
[Collection(RevocationTestGroup.Name)]
public sealed class RevocationServerTests
{
    private readonly RevocationFixture _fixture;

    public RevocationServerTests(RevocationFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    [Fact]
    public async Task Serves_the_intermediate_at_the_caIssuers_url_of_the_leaves()
    {
        using HttpResponseMessage response = await _fixture.Http.GetAsync(_fixture.Pki.Urls.CaIssuers);

        Assert.Equal("application/pkix-cert", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(_fixture.Pki.Intermediate.Certificate.RawData, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, _fixture.Server.CrlRequests);
    }

    [Fact]
    public async Task Answers_404_for_a_certificate_it_does_not_serve()
    {
        _fixture.Server.SetCertificate("intermediate.cer", null);

        using HttpResponseMessage response = await _fixture.Http.GetAsync(_fixture.Pki.Urls.CaIssuers);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
