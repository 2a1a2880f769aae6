using Bsre.Sdk.Testing.Revocation;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Tests.Revocation;

/// <summary>Offline mode: only the OCSP responses and CRLs embedded or supplied (PAdES-B-LT), no network at all.</summary>
[Collection(RevocationTestGroup.Name)]
public sealed class OfflineTests
{
    private readonly RevocationFixture _fixture;

    public OfflineTests(RevocationFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    private static SignatureValidationOptions Offline => RevocationFixture.Options(offline: true);

    [Fact]
    public async Task Embedded_OCSP_response_decides_without_network()
    {
        byte[] other = _fixture.Responder.CreateResponse(_fixture.Pki.SignerEcdsa.Certificate);
        byte[] mine = _fixture.Responder.CreateResponse(_fixture.Pki.SignerRsa.Certificate);

        RevocationCheckResult result = await _fixture.CheckAsync(_fixture.Pki.SignerRsa.Certificate, Offline, new RevocationEvidence([], [other, mine]));

        Assert.Null(result.Failure);
        Assert.Equal(RevocationSource.EmbeddedOcsp, result.Info.Source);
        Assert.Empty(result.Errors);
        AssertNoNetwork();
    }

    [Fact]
    public async Task Embedded_CRL_shows_revocation()
    {
        RevocationCheckResult result = await _fixture.CheckAsync(
            _fixture.Pki.SignerRevoked.Certificate, Offline, new RevocationEvidence([_fixture.Pki.RootCrl, _fixture.Pki.IntermediateCrl], []));

        Assert.Equal(SubIndication.RevokedNoPoe, result.Failure);
        Assert.Equal(RevocationSource.EmbeddedCrl, result.Info.Source);
        Assert.Equal("keyCompromise", result.Info.Reason);
        AssertNoNetwork();
    }

    [Fact]
    public async Task Evidence_supplied_in_the_options_is_used()
    {
        SignatureValidationOptions options = Offline;
        options.OcspResponses.Add(_fixture.Responder.CreateResponse(_fixture.Pki.SignerRevoked.Certificate));

        RevocationCheckResult result = await _fixture.CheckAsync(_fixture.Pki.SignerRevoked.Certificate, options);

        Assert.Equal(RevocationSource.EmbeddedOcsp, result.Info.Source);
        Assert.Equal(RevocationStatus.Revoked, result.Info.Status);
    }

    [Fact]
    public async Task A_PEM_CRL_file_in_the_options_is_used_as_DER_is()
    {
        // What `bsre pki create` writes as crl.pem, and `openssl ca -gencrl` by default: both CRLs in one PEM file.
        string pem = System.Security.Cryptography.PemEncoding.WriteString("X509 CRL", _fixture.Pki.RootCrl) + "\n"
            + System.Security.Cryptography.PemEncoding.WriteString("X509 CRL", _fixture.Pki.IntermediateCrl) + "\n";
        SignatureValidationOptions options = Offline;
        options.Crls.Add(System.Text.Encoding.ASCII.GetBytes(pem));

        RevocationCheckResult result = await _fixture.CheckAsync(_fixture.Pki.SignerRevoked.Certificate, options);

        Assert.Equal(SubIndication.RevokedNoPoe, result.Failure);
        Assert.Equal(RevocationSource.EmbeddedCrl, result.Info.Source);
        Assert.DoesNotContain(result.Errors, e => e.Contains("malformed", StringComparison.Ordinal));
        AssertNoNetwork();
    }

    [Fact]
    public async Task No_evidence_offline_is_try_later_and_touches_no_network()
    {
        RevocationCheckResult result = await _fixture.CheckAsync(_fixture.Pki.SignerRsa.Certificate, Offline);

        Assert.Equal(SubIndication.TryLater, result.Failure);
        Assert.Equal(RevocationStatus.Unknown, result.Info.Status);
        Assert.Contains(result.Errors, e => e.StartsWith("Offline", StringComparison.Ordinal));
        AssertNoNetwork();
    }

    [Fact]
    public async Task Checker_without_HttpClient_works_offline()
    {
        var checker = new RevocationChecker(Offline);
        RevocationCheckResult result = await checker.CheckAsync(
            _fixture.Pki.SignerRsa.Certificate, _fixture.Issuer, DateTimeOffset.UtcNow, new RevocationEvidence([_fixture.Pki.IntermediateCrl], []), CancellationToken.None);

        Assert.Equal(RevocationStatus.Good, result.Info.Status);
    }

    [Fact]
    public async Task Stale_embedded_response_falls_back_to_the_responder_when_online()
    {
        var stale = new TestOcspResponder(_fixture.Pki)
        {
            Options = new TestOcspResponderOptions { ThisUpdateOffset = TimeSpan.FromDays(-3), NextUpdateOffset = TimeSpan.FromDays(-2) },
        };

        RevocationCheckResult result = await _fixture.CheckAsync(
            _fixture.Pki.SignerRsa.Certificate, RevocationFixture.Options(), new RevocationEvidence([], [stale.CreateResponse(_fixture.Pki.SignerRsa.Certificate)]));

        Assert.Equal(RevocationSource.Ocsp, result.Info.Source);
        Assert.Contains(result.Errors, e => e.StartsWith("Embedded OCSP response: The OCSP response is stale", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mode_None_reports_unchecked()
    {
        RevocationCheckResult result = await _fixture.CheckAsync(_fixture.Pki.SignerRevoked.Certificate, RevocationFixture.Options(RevocationCheckMode.None));

        Assert.Null(result.Failure);
        Assert.Equal(RevocationStatus.Unchecked, result.Info.Status);
        AssertNoNetwork();
    }

    private void AssertNoNetwork()
    {
        Assert.Equal(0, _fixture.Server.OcspRequests);
        Assert.Equal(0, _fixture.Server.CrlRequests);
    }
}
