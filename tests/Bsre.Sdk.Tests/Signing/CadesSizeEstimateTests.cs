using System.Security.Cryptography;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Testing;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Cms;

namespace Bsre.Sdk.Tests.Signing;

/// <summary>
/// <see cref="CadesSigner.EstimateSize"/> against real signatures: never below, and above only by what the key's
/// signature value may vary (DER ECDSA) or the placeholder token's OCTET STRING header.
/// </summary>
[Collection(PkiTestGroup.Name)]
public sealed class CadesSizeEstimateTests(PkiFixture fixture)
{
    [Theory]
    [InlineData("signer-rsa", "SHA256", false, 0)]
    [InlineData("signer-rsa", "SHA384", true, 0)]
    [InlineData("signer-ecdsa", "SHA256", false, 4)]
    [InlineData("signer-ecdsa-p384", "SHA384", false, 4)]
    [InlineData("signer-ed25519", "SHA512", false, 0)]
    public async Task The_dry_run_bounds_a_BB_signature(string name, string hash, bool pss, int signatureVariation)
    {
        using var signer = PkiFixture.SignerFor(fixture.Identity(name));
        await AssertBoundAsync(signer, fixture.Options(hash, pss), signatureVariation);
    }

    [Fact]
    public async Task The_dry_run_bounds_an_RSA_4096_signature_with_a_long_chain()
    {
        TestIdentity identity = fixture.Pki.IssueSigner("estimate-rsa4096", "Estimate RSA 4096 (TEST)", TestKeyAlgorithm.Rsa4096);
        using var key = PkiFixture.SignerFor(identity);
        var longChain = new SignerCertificates(identity.Certificate, [.. fixture.Pki.Chain, .. fixture.Pki.Leaves.Select(l => l.Certificate)]);
        using var signer = new ExternalSigner(_ => ValueTask.FromResult(longChain), key.SignAsync);

        await AssertBoundAsync(signer, fixture.Options(), signatureVariation: 0);
    }

    [Fact]
    public async Task With_the_token_size_the_dry_run_bounds_a_BT_signature_whose_token_carries_its_chain()
    {
        using var signer = PkiFixture.SignerFor(fixture.Pki.SignerRsa);
        var options = fixture.Options(timestamp: true);
        var cades = new CadesSigner(signer, options);
        SignerCertificates certificates = await signer.GetCertificatesAsync();

        byte[] cms = await cades.SignDigestAsync(RandomNumberGenerator.GetBytes(32), HashAlgorithmName.SHA256);

        var token = new CmsSignedData(cms).GetSignerInfos().GetSigners().Single().UnsignedAttributes[PkcsObjectIdentifiers.IdAASignatureTimeStampToken].AttrValues[0];
        Assert.True(new CmsSignedData(token.GetEncoded(Asn1Encodable.Der)).GetCertificates().EnumerateMatches(null).Count() > 1, "the TSA's token carries its chain");
        int estimate = cades.EstimateSize(certificates, HashAlgorithmName.SHA256, token.GetEncoded(Asn1Encodable.Der).Length);
        Assert.InRange(cms.Length, estimate - 8, estimate);
    }

    /// <summary>Signs several digests: each CMS is at most the estimate and at least the estimate less the variation (plus DER header growth).</summary>
    private static async Task AssertBoundAsync(Signer signer, CadesSignatureOptions options, int signatureVariation)
    {
        SignerCertificates certificates = await signer.GetCertificatesAsync();
        HashAlgorithmName hash = Signer.DefaultScheme(certificates.SigningCertificate) == SignatureScheme.Ed25519 ? HashAlgorithmName.SHA512 : options.HashAlgorithm;
        var cades = new CadesSigner(signer, options);
        int estimate = cades.EstimateSize(certificates, hash);
        for (int i = 0; i < 4; i++)
        {
            byte[] cms = await cades.SignDigestAsync(RandomNumberGenerator.GetBytes(HashSize(hash)), hash);
            Assert.InRange(cms.Length, estimate - signatureVariation, estimate);
        }
    }

    private static int HashSize(HashAlgorithmName hash) => CryptographicOperations.HashData(hash, []).Length;
}
