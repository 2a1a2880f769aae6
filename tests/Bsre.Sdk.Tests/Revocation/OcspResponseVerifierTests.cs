using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Testing.Revocation;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Tests.Revocation;

[Collection(RevocationTestGroup.Name)]
public sealed class OcspResponseVerifierTests(RevocationFixture fixture)
{
    private static readonly RevocationOptions Defaults = new();
    private TestPki Pki => fixture.Pki;

    [Fact]
    public void Good_response_from_the_delegated_responder_is_accepted()
    {
        OcspVerification result = Verify(Pki.SignerRsa.Certificate, new TestOcspResponderOptions());

        Assert.Equal(RevocationStatus.Good, result.Status);
        Assert.NotNull(result.NextUpdate);
        Assert.Null(result.RevokedAt);
    }

    [Fact]
    public void Revoked_response_gives_time_and_reason()
    {
        OcspVerification result = Verify(Pki.SignerRevoked.Certificate, new TestOcspResponderOptions());

        Assert.Equal(RevocationStatus.Revoked, result.Status);
        Assert.Equal("keyCompromise", result.Reason);
        Assert.Equal(Truncate(Pki.Now.AddHours(-1)), result.RevokedAt);
    }

    [Fact]
    public void Unknown_response_is_reported_as_unknown()
    {
        TestIdentity stranger = Pki.IssueSigner("unknown-" + Guid.NewGuid().ToString("N")[..8], "Orang Asing", TestKeyAlgorithm.EcdsaP256);
        var responder = new TestOcspResponder(Pki);
        responder.MarkUnknown(stranger.Certificate);

        OcspVerification result = OcspResponseVerifier.Verify(responder.CreateResponse(stranger.Certificate), stranger.Certificate, fixture.Issuer, DateTimeOffset.UtcNow, Defaults);

        Assert.Equal(RevocationStatus.Unknown, result.Status);
    }

    [Fact]
    public void Response_signed_by_the_CA_itself_by_name_is_accepted()
    {
        var options = new TestOcspResponderOptions { Signer = Pki.Intermediate, ResponderIdByName = true };
        Assert.Equal(RevocationStatus.Good, Verify(Pki.SignerEcdsa.Certificate, options).Status);
    }

    [Fact]
    public void Bare_BasicOCSPResponse_is_accepted()
    {
        byte[] basic = OcspResponseVerifier.UnwrapBasic(fixture.Responder.CreateResponse(Pki.SignerRsa.Certificate)).ToArray();
        Assert.Equal(RevocationStatus.Good, OcspResponseVerifier.Verify(basic, Pki.SignerRsa.Certificate, fixture.Issuer, DateTimeOffset.UtcNow, Defaults).Status);
    }

    [Fact]
    public void Stale_response_is_rejected()
        => AssertFails(RevocationFailure.NotFresh, new TestOcspResponderOptions { ThisUpdateOffset = TimeSpan.FromDays(-3), NextUpdateOffset = TimeSpan.FromDays(-2) });

    [Fact]
    public void Response_from_the_future_is_rejected()
        => AssertFails(RevocationFailure.NotFresh, new TestOcspResponderOptions { ThisUpdateOffset = TimeSpan.FromHours(1) });

    [Fact]
    public void Response_within_the_clock_skew_is_accepted()
        => Assert.Equal(RevocationStatus.Good, Verify(Pki.SignerRsa.Certificate, new TestOcspResponderOptions { ThisUpdateOffset = TimeSpan.FromMinutes(2) }).Status);

    [Fact]
    public void Response_without_nextUpdate_is_fresh_only_within_the_maximum_age()
    {
        Assert.Equal(RevocationStatus.Good, Verify(Pki.SignerRsa.Certificate, new TestOcspResponderOptions { NextUpdateOffset = null }).Status);
        AssertFails(RevocationFailure.NotFresh, new TestOcspResponderOptions { NextUpdateOffset = null, ThisUpdateOffset = TimeSpan.FromDays(-2) });
    }

    [Fact]
    public void Response_signed_by_the_wrong_key_is_rejected()
        => AssertFails(RevocationFailure.BadSignature, new TestOcspResponderOptions { SigningKeyOverride = Pki.SignerRsa.PrivateKey });

    [Fact]
    public void Response_signed_by_a_certificate_without_OCSPSigning_is_rejected()
        => AssertFails(RevocationFailure.UnauthorizedSigner, new TestOcspResponderOptions { Signer = Pki.SignerRsa });

    [Fact]
    public void Response_signed_by_another_CAs_responder_is_rejected()
    {
        TestPki other = TestPki.Create();
        AssertFails(RevocationFailure.UnauthorizedSigner, new TestOcspResponderOptions { Signer = other.OcspResponder });
    }

    [Fact]
    public void Response_whose_signer_certificate_is_missing_is_rejected()
        => AssertFails(RevocationFailure.UnauthorizedSigner, new TestOcspResponderOptions { Certificates = [] });

    [Fact]
    public void Response_about_another_certificate_is_not_used()
    {
        byte[] response = fixture.Responder.CreateResponse(Pki.SignerEcdsa.Certificate);
        var error = Assert.Throws<RevocationException>(
            () => OcspResponseVerifier.Verify(response, Pki.SignerRsa.Certificate, fixture.Issuer, DateTimeOffset.UtcNow, Defaults));
        Assert.Equal(RevocationFailure.NotForCertificate, error.Failure);
    }

    [Theory]
    [InlineData(1, "malformedRequest")]
    [InlineData(3, "tryLater")]
    [InlineData(6, "unauthorized")]
    public void Error_status_is_a_responder_error(int status, string name)
    {
        var error = AssertFails(RevocationFailure.ResponderError, new TestOcspResponderOptions { ResponseStatus = status });
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    private OcspVerification Verify(X509Certificate2 certificate, TestOcspResponderOptions options)
    {
        var responder = new TestOcspResponder(Pki) { Options = options };
        return OcspResponseVerifier.Verify(responder.CreateResponse(certificate), certificate, fixture.Issuer, DateTimeOffset.UtcNow, Defaults);
    }

    private RevocationException AssertFails(RevocationFailure failure, TestOcspResponderOptions options)
    {
        var error = Assert.Throws<RevocationException>(() => Verify(Pki.SignerRsa.Certificate, options));
        Assert.Equal(failure, error.Failure);
        return error;
    }

    private static DateTimeOffset Truncate(DateTimeOffset time) => new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
