using Bsre.Sdk.Testing.Revocation;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Tests.Revocation;

[Collection(RevocationTestGroup.Name)]
public sealed class OcspNonceTests(RevocationFixture fixture)
{
    [Theory]
    [InlineData(OcspNonceBehavior.Echo)]
    [InlineData(OcspNonceBehavior.Omit)]
    public void Echoed_or_absent_nonce_is_accepted(OcspNonceBehavior behavior)
        => Assert.Equal(RevocationStatus.Good, Answer(behavior, useNonce: true).Status);

    [Fact]
    public void Different_nonce_is_rejected()
    {
        var error = Assert.Throws<RevocationException>(() => Answer(OcspNonceBehavior.Wrong, useNonce: true));
        Assert.Equal(RevocationFailure.NonceMismatch, error.Failure);
    }

    [Fact]
    public void Without_a_nonce_in_the_request_any_response_nonce_is_ignored()
        => Assert.Equal(RevocationStatus.Good, Answer(OcspNonceBehavior.Wrong, useNonce: false).Status);

    [Fact]
    public void Request_carries_a_fresh_16_byte_nonce_and_fits_a_GET()
    {
        var id = OcspCertId.Create(fixture.Pki.SignerRsa.Certificate, fixture.Issuer);
        OcspRequest first = OcspRequest.Create(id, useNonce: true);
        OcspRequest second = OcspRequest.Create(id, useNonce: true);

        Assert.Equal(18, first.NonceValue!.Length);
        Assert.NotEqual(first.NonceValue, second.NonceValue);
        Assert.True(first.Der.Length <= OcspClient.MaxGetRequestSize);
        Assert.Null(OcspRequest.Create(id, useNonce: false).NonceValue);
    }

    private OcspVerification Answer(OcspNonceBehavior behavior, bool useNonce)
    {
        var certificate = fixture.Pki.SignerRsa.Certificate;
        OcspRequest request = OcspRequest.Create(OcspCertId.Create(certificate, fixture.Issuer), useNonce);
        var responder = new TestOcspResponder(fixture.Pki) { Options = new TestOcspResponderOptions { Nonce = behavior } };
        return OcspResponseVerifier.Verify(responder.Respond(request.Der), certificate, fixture.Issuer, DateTimeOffset.UtcNow, new RevocationOptions(), request.NonceValue);
    }
}
