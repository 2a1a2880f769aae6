using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Tests.Validation;

/// <summary>Our validator accepts our own signatures and reports who signed, when, and at which level.</summary>
[Collection(PkiTestGroup.Name)]
public sealed class CadesRoundTripTests(PkiFixture fixture)
{
    [Theory]
    [InlineData("signer-rsa", "SHA256", false, false)]
    [InlineData("signer-rsa", "SHA512", true, true)]
    [InlineData("signer-ecdsa", "SHA384", false, false)]
    [InlineData("signer-ecdsa-p384", "SHA256", false, true)]
    [InlineData("signer-ed25519", "SHA512", false, false)]
    [InlineData("signer-ed25519", "SHA512", false, true)]
    public async Task B_B_signature_is_TOTAL_PASSED(string signer, string hash, bool pss, bool attached)
    {
        var identity = fixture.Identity(signer);
        var result = await SignAndValidateAsync(identity, fixture.Options(hash, pss), attached);

        AssertPassed(result, identity, "CAdES-BASELINE-B");
        Assert.Null(result.TimestampTime);
    }

    [Theory]
    [InlineData("signer-rsa", false)]
    [InlineData("signer-ecdsa", true)]
    [InlineData("signer-ed25519", false)]
    public async Task B_T_signature_is_TOTAL_PASSED_with_the_timestamp_time(string signer, bool attached)
    {
        var identity = fixture.Identity(signer);
        var result = await SignAndValidateAsync(identity, fixture.Options("SHA256", timestamp: true), attached);

        AssertPassed(result, identity, "CAdES-BASELINE-T");
        Assert.Equal(fixture.TimestampTime, result.TimestampTime);
    }

    [Fact]
    public async Task Signature_without_signing_time_passes_without_a_baseline_level()
    {
        var options = fixture.Options();
        options.IncludeSigningTime = false;
        var result = await SignAndValidateAsync(fixture.Pki.SignerRsa, options, attached: false);

        Assert.True(result.Indication == ValidationIndication.TotalPassed, Cades.Describe(result));
        Assert.Null(result.SigningTime);
        Assert.Null(result.Level);
        Assert.Contains(result.Warnings, w => w.Contains("signing-time", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signature_without_embedded_chain_passes_with_the_intermediate_supplied()
    {
        var options = fixture.Options();
        options.IncludeChain = false;
        byte[] content = Cades.Content();
        byte[] cms = await Cades.SignDetachedAsync(fixture.Pki.SignerRsa, content, options, fixture.Clock);
        var validation = fixture.TrustRoot();
        validation.ExtraCertificates.Add(fixture.Pki.Intermediate.Certificate);

        var result = await Cades.ValidateSingleAsync(cms, content, validation);

        AssertPassed(result, fixture.Pki.SignerRsa, "CAdES-BASELINE-B");
    }

    private async Task<SignatureValidationResult> SignAndValidateAsync(TestIdentity identity, Bsre.Sdk.Signing.CadesSignatureOptions options, bool attached)
    {
        byte[] content = Cades.Content();
        byte[] cms = attached
            ? await Cades.SignAttachedAsync(identity, content, options, fixture.Clock)
            : await Cades.SignDetachedAsync(identity, content, options, fixture.Clock);
        return await Cades.ValidateSingleAsync(cms, attached ? null : content, fixture.TrustRoot());
    }

    private void AssertPassed(SignatureValidationResult result, TestIdentity identity, string level)
    {
        Assert.True(result.Indication == ValidationIndication.TotalPassed, Cades.Describe(result));
        Assert.Null(result.SubIndication);
        Assert.Equal(level, result.Level);
        Assert.Equal("SignerInfo 1", result.Id);
        Assert.Equal(SignatureKind.Signature, result.Kind);
        Assert.Equal(identity.Subject, result.SigningCertificate?.Subject);
        Assert.Equal(fixture.SigningTime, result.SigningTime);
        Assert.Equal(
            [identity.Certificate.Thumbprint, fixture.Pki.Intermediate.Certificate.Thumbprint, fixture.Pki.Root.Certificate.Thumbprint],
            result.Chain.Select(c => c.Certificate.Thumbprint));
        Assert.Empty(result.Errors);
    }
}
