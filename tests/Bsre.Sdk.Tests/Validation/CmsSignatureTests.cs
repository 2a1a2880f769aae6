using System.Security.Cryptography;
using Bsre.Sdk.Cms;
using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Tests.Validation;

/// <summary>A CMS decoded once says what it carries as BCL types, and validates as the stream does, any number of times.</summary>
[Collection(PkiTestGroup.Name)]
public sealed class CmsSignatureTests(PkiFixture fixture)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_decoded_B_T_signature_names_its_signer_digest_content_and_timestamp(bool attached)
    {
        byte[] content = Cades.Content(700);
        var options = fixture.Options("SHA384", timestamp: true);
        byte[] cms = attached
            ? await Cades.SignAttachedAsync(fixture.Pki.SignerEcdsa, content, options)
            : await Cades.SignDetachedAsync(fixture.Pki.SignerEcdsa, content, options);

        CmsSignature signature = CmsSignature.Decode(cms);

        Assert.Equal("1.2.840.113549.1.7.1", signature.ContentType.Value);
        Assert.Equal(!attached, signature.IsDetached);
        Assert.Equal(attached ? content : [], signature.EncapsulatedContent.ToArray());
        Assert.Contains(signature.Certificates, c => c.Thumbprint == fixture.Pki.Intermediate.Certificate.Thumbprint);
        CmsSignerInfo signer = Assert.Single(signature.Signers);
        Assert.Equal(fixture.Pki.SignerEcdsa.Certificate.Thumbprint, signer.Certificate?.Thumbprint);
        Assert.Equal(HashAlgorithmName.SHA384, signer.DigestAlgorithm);
        Assert.True(signer.HasSignedAttributes);
        Assert.True(signer.HasSigningCertificateReference);
        Assert.Equal(SHA384.HashData(content), signer.MessageDigest?.ToArray());
        Assert.NotNull(signer.SigningTime);
        Assert.Equal(fixture.TimestampTime, Timestamping.TimestampToken.Decode(Assert.Single(signer.TimestampTokens)).GenerationTime);
        Assert.Empty(signature.Crls);
        Assert.Empty(signature.OcspResponses);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_decoded_signature_validates_as_its_stream_does_and_again(bool attached)
    {
        byte[] content = Cades.Content(900);
        byte[] cms = attached
            ? await Cades.SignAttachedAsync(fixture.Pki.SignerRsa, content, fixture.Options(timestamp: true))
            : await Cades.SignDetachedAsync(fixture.Pki.SignerRsa, content, fixture.Options(timestamp: true));
        SignatureValidationResult streamed = await Cades.ValidateSingleAsync(cms, attached ? null : content, fixture.TrustRoot());
        CmsSignature signature = CmsSignature.Decode(cms);
        var validator = new CadesValidator(fixture.TrustRoot());

        foreach (int _ in new[] { 1, 2 })
        {
            using var detached = attached ? null : new MemoryStream(content, writable: false);
            SignatureValidationResult decoded = Assert.Single((await validator.ValidateAsync(signature, detached)).Signatures);
            Assert.Equal((streamed.Indication, streamed.SubIndication, streamed.Level, streamed.TimestampTime), (decoded.Indication, decoded.SubIndication, decoded.Level, decoded.TimestampTime));
            Assert.Equal(ValidationIndication.TotalPassed, decoded.Indication);
        }

        using var changed = new MemoryStream([.. content, 0x20], writable: false);
        SignatureValidationResult tampered = Assert.Single((await validator.ValidateAsync(signature, changed)).Signatures);
        Assert.Equal(attached ? ValidationIndication.TotalPassed : ValidationIndication.TotalFailed, tampered.Indication);
    }

    [Fact]
    public async Task Every_truncation_is_a_DocumentFormatException_or_TryDecode_false()
    {
        byte[] cms = await Cades.SignAttachedAsync(fixture.Pki.SignerEcdsa, Cades.Content(300), fixture.Options(timestamp: true));

        for (int length = 0; length < cms.Length; length += 3)
        {
            Assert.Throws<DocumentFormatException>(() => CmsSignature.Decode(cms.AsMemory(0, length)));
            Assert.False(CmsSignature.TryDecode(cms.AsMemory(0, length), out CmsSignature? none));
            Assert.Null(none);
        }

        Assert.True(CmsSignature.TryDecode(cms, out CmsSignature? whole));
        Assert.Single(whole.Signers);
    }
}
