using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Validation;
using Microsoft.AspNetCore.Http;
using Org.BouncyCastle.Pkix;

namespace Bsre.Sdk.Tests.PathValidation;

/// <summary>AIA caIssuers fetching of a missing intermediate over Kestrel on 127.0.0.1, and never when offline.</summary>
[Collection(PkiTestGroup.Name)]
public sealed class AiaFetchTests(PkiFixture fixture) : IAsyncLifetime
{
    private LoopbackHttpServer? _server;
    private byte[] _body = [];
    private int _status = StatusCodes.Status200OK;
    private int _requests;

    private TestPki Pki => fixture.Pki;

    private Uri Url => new(_server!.BaseUrl, "ca/intermediate.p7c");

    public async Task InitializeAsync() => _server = await LoopbackHttpServer.StartAsync(async context =>
    {
        Interlocked.Increment(ref _requests);
        context.Response.StatusCode = _status;
        await context.Response.Body.WriteAsync(_body);
    });

    public async Task DisposeAsync() => await _server!.DisposeAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Missing_intermediate_is_fetched_as_DER_or_PKCS7(bool pkcs7)
    {
        _body = pkcs7 ? new PkixCertPath([Pki.Intermediate.BouncyCastleCertificate]).GetEncoded("PKCS7") : Pki.Intermediate.Certificate.RawData;

        var result = await ValidateAsync(Online());

        Assert.True(result.IsValid, PathHarness.Explain(result));
        Assert.Equal(Pki.Intermediate.Certificate, result.Chain[1].Certificate);
        Assert.Equal(1, _requests);
    }

    [Fact]
    public async Task Offline_mode_never_fetches()
    {
        _body = Pki.Intermediate.Certificate.RawData;
        var options = Online();
        options.Offline = true;

        var result = await ValidateAsync(options);

        Assert.Equal(SubIndication.NoCertificateChainFound, result.SubIndication);
        Assert.Equal(0, _requests);
    }

    [Fact]
    public async Task Fetching_switched_off_never_fetches()
    {
        _body = Pki.Intermediate.Certificate.RawData;
        var options = Online();
        options.FetchIssuerCertificates = false;

        var result = await ValidateAsync(options);

        Assert.Equal(SubIndication.NoCertificateChainFound, result.SubIndication);
        Assert.Equal(0, _requests);
    }

    [Theory]
    [InlineData(StatusCodes.Status404NotFound, 10, "HTTP 404")]
    [InlineData(StatusCodes.Status200OK, 10, "failed")]
    [InlineData(StatusCodes.Status200OK, IssuerFetcher.MaxResponseBytes + 1, "over the limit")]
    public async Task Failed_fetch_is_NO_CERTIFICATE_CHAIN_FOUND_with_the_reason(int status, int size, string reason)
    {
        _status = status;
        _body = new byte[size];

        var result = await ValidateAsync(Online());

        Assert.Equal(SubIndication.NoCertificateChainFound, result.SubIndication);
        Assert.Contains(result.Errors, e => e.Contains(Url.AbsoluteUri, StringComparison.Ordinal) && e.Contains(reason, StringComparison.Ordinal));
    }

    private SignatureValidationOptions Online()
    {
        var options = fixture.TrustRoot();
        options.Offline = false;
        return options;
    }

    private async Task<PathValidationResult> ValidateAsync(SignatureValidationOptions options)
    {
        X509Certificate2 leaf = PathHarness.IssueLeaf(Pki, new CertificateSpec("CN=AIA Signer (TEST), C=ID") { CaIssuers = Url });
        return await PathHarness.ValidateAsync(options, leaf, [], Pki.Now, http: fixture.Http);
    }
}
