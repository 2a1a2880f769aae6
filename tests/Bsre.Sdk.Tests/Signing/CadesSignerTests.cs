using System.Security.Cryptography;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Tests.Signing;

[Collection(PkiTestGroup.Name)]
public sealed class CadesSignerTests(PkiFixture fixture)
{
    [Theory]
    [InlineData(SignatureLevel.BaselineT)]
    [InlineData(SignatureLevel.BaselineLT)]
    [InlineData(SignatureLevel.BaselineLTA)]
    public void Levels_that_need_a_TSA_are_rejected_up_front_without_one(SignatureLevel level)
    {
        using var signer = PkiFixture.SignerFor(fixture.Pki.SignerRsa);

        var e = Assert.Throws<ArgumentException>(() => new CadesSigner(signer, new CadesSignatureOptions { Level = level }));

        Assert.Equal("options", e.ParamName);
    }

    [Theory]
    [InlineData("signer-ecdsa", SignatureScheme.RsaPss)]
    [InlineData("signer-rsa", SignatureScheme.Ecdsa)]
    [InlineData("signer-ed25519", SignatureScheme.RsaPkcs1)]
    public async Task A_scheme_the_key_cannot_make_is_a_signing_key_error_naming_both(string name, SignatureScheme scheme)
    {
        using var signer = PkiFixture.SignerFor(fixture.Identity(name));

        var e = await Assert.ThrowsAsync<SigningKeyException>(() => new CadesSigner(signer, new CadesSignatureOptions { SignatureScheme = scheme }).SignDetachedAsync(new MemoryStream(Cades.Content())));

        Assert.Contains($"not the {scheme}", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("signer-rsa", "SHA384")]
    [InlineData("signer-ed25519", "SHA512")]
    public async Task SignDigestAsync_gives_a_signature_that_validates_against_the_content(string name, string hash)
    {
        byte[] content = Cades.Content();
        var algorithm = new HashAlgorithmName(hash);
        using var signer = PkiFixture.SignerFor(fixture.Identity(name));

        byte[] cms = await new CadesSigner(signer, fixture.Options(hash)).SignDigestAsync(CryptographicOperations.HashData(algorithm, content), algorithm);

        var result = await Cades.ValidateSingleAsync(cms, content, fixture.TrustRoot());
        Assert.True(result.Indication == ValidationIndication.TotalPassed, Cades.Describe(result));
    }

    [Fact]
    public async Task SignDigestAsync_rejects_a_digest_of_the_wrong_length()
    {
        using var signer = PkiFixture.SignerFor(fixture.Pki.SignerRsa);

        var e = await Assert.ThrowsAsync<ArgumentException>(
            () => new CadesSigner(signer).SignDigestAsync(new byte[20], HashAlgorithmName.SHA256));

        Assert.Equal("contentDigest", e.ParamName);
    }

    [Fact]
    public async Task Ed25519_rejects_a_digest_other_than_SHA512()
    {
        using var signer = PkiFixture.SignerFor(fixture.Pki.SignerEd25519);

        await Assert.ThrowsAsync<ArgumentException>(
            () => new CadesSigner(signer).SignDigestAsync(new byte[32], HashAlgorithmName.SHA256));
    }

    [Fact]
    public async Task B_T_signing_fails_with_the_TSA_failure_when_the_TSA_refuses()
    {
        await using var tsa = await TimestampAuthorityServer.StartAsync(fixture.Pki.Tsa, fixture.Pki.Chain, TimestampAuthorityBehavior.Rejection);
        var options = fixture.Options(timestamp: true);
        options.TimestampClient = fixture.TimestampClient(tsa.Url);

        var e = await Assert.ThrowsAsync<TimestampException>(() => Cades.SignDetachedAsync(fixture.Pki.SignerRsa, Cades.Content(), options));

        Assert.Equal(TimestampFailure.Rejected, e.ErrorCode);
        Assert.Equal(1, tsa.RequestCount);
    }
}
