using Bsre.Sdk.Tests.Fixtures;
using Org.BouncyCastle.Cms;

namespace Bsre.Sdk.Tests.Interop;

/// <summary>
/// BouncyCastle's own CMS verification (message digest, signed attributes, signature value) accepts every signature
/// we make; the second oracle beside OpenSSL, and the only one here for Ed25519, which OpenSSL 3.x cannot verify in CMS.
/// </summary>
[Collection(PkiTestGroup.Name)]
public sealed class BouncyCastleCmsInteropTests(PkiFixture fixture)
{
    [Theory]
    [MemberData(nameof(SignatureCases.All), MemberType = typeof(SignatureCases))]
    public async Task BouncyCastle_verifies_our_signature(string signer, string hash, bool pss, bool attached)
    {
        byte[] content = Cades.Content();
        byte[] cms = await SignatureCases.SignAsync(fixture, signer, hash, pss, attached, content);

        var signed = attached ? new CmsSignedData(cms) : new CmsSignedData(new CmsProcessableByteArray(content), cms);
        SignerInformation signerInfo = Assert.Single(signed.GetSignerInfos().GetSigners());
        var certificate = Assert.Single(signed.GetCertificates().EnumerateMatches(signerInfo.SignerID));

        Assert.True(signerInfo.Verify(certificate), $"BouncyCastle rejects the {signer} {hash} signature.");
        Assert.Equal(fixture.Identity(signer).Certificate.RawData, certificate.GetEncoded());
        using var embedded = new MemoryStream();
        signed.SignedContent.Write(embedded);
        Assert.Equal(content, embedded.ToArray());
    }

    [Fact]
    public async Task BouncyCastle_rejects_a_signature_over_other_content()
    {
        byte[] content = Cades.Content();
        byte[] cms = await Cades.SignDetachedAsync(fixture.Pki.SignerEd25519, content, fixture.Options("SHA512"));
        content[0] ^= 1;

        var signed = new CmsSignedData(new CmsProcessableByteArray(content), cms);
        SignerInformation signerInfo = Assert.Single(signed.GetSignerInfos().GetSigners());

        bool verified;
        try
        {
            verified = signerInfo.Verify(fixture.Pki.SignerEd25519.BouncyCastleCertificate);
        }
        catch (CmsException)
        {
            verified = false;
        }

        Assert.False(verified);
    }
}
