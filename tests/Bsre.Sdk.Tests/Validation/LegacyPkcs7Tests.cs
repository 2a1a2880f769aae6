using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.TestUtils;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Tests.Validation;

/// <summary>
/// A SignerInfo without signed attributes (legacy PKCS#7, which PDF's adbe.pkcs7.detached allows): CAdES refuses it;
/// <see cref="CadesValidator.AcceptMissingSignedAttributes"/> verifies its signature value over the content's digest.
/// </summary>
[Collection(PkiTestGroup.Name)]
public sealed class LegacyPkcs7Tests(PkiFixture fixture)
{
    private readonly byte[] _content = Cades.Content();

    [Fact]
    public async Task CAdES_refuses_a_signature_without_signed_attributes()
    {
        var result = await ValidateAsync(Sign(), _content, accept: false);

        Assert.Equal((ValidationIndication.TotalFailed, SubIndication.FormatFailure), (result.Indication, result.SubIndication));
        Assert.Contains(result.Findings, f => f.Code == FindingCodes.SignedAttributesMissing);
    }

    [Fact]
    public async Task Accepted_as_legacy_PKCS7_it_passes_with_a_warning()
    {
        var result = await ValidateAsync(Sign(), _content, accept: true);

        Assert.True(result.Indication == ValidationIndication.TotalPassed, Cades.Describe(result));
        Assert.Contains(result.Findings, f => f.Code == FindingCodes.LegacyPkcs7 && f.Severity == FindingSeverity.Warning);
        Assert.Equal(fixture.Pki.SignerRsa.Subject, result.SigningCertificate?.Subject);
        Assert.Null(result.Level);
    }

    [Fact]
    public async Task Accepted_as_legacy_PKCS7_it_still_fails_over_changed_content()
    {
        byte[] changed = [.. _content];
        changed[^1] ^= 1;

        var result = await ValidateAsync(Sign(), changed, accept: true);

        Assert.Equal((ValidationIndication.TotalFailed, SubIndication.SigCryptoFailure), (result.Indication, result.SubIndication));
        Assert.Contains(result.Findings, f => f.Code == FindingCodes.SignatureValueInvalid);
    }

    private byte[] Sign() => LegacyCmsSigner.Sign(fixture.Pki.SignerRsa, _content, "SHA256WITHRSA", fixture.Pki.Chain.Take(1), signedAttributes: false);

    private async Task<SignatureValidationResult> ValidateAsync(byte[] cms, byte[] content, bool accept)
    {
        using var signature = new MemoryStream(cms);
        using var detached = new MemoryStream(content);
        ValidationReport report = await new CadesValidator(fixture.TrustRoot()) { AcceptMissingSignedAttributes = accept }.ValidateAsync(signature, detached);
        return Assert.Single(report.Signatures);
    }
}
