using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;
using Bsre.Sdk.Tests.Fixtures;

namespace Bsre.Sdk.Tests.Interop;

/// <summary>
/// The "done when": OpenSSL, an independent CMS implementation, accepts our detached and attached CAdES
/// signatures for every key type and digest, trusting only the test root, and accepts the B-T timestamp token.
/// </summary>
[Collection(PkiTestGroup.Name)]
public sealed class OpenSslCmsInteropTests(PkiFixture fixture)
{
    private const string RsaPss = "1.2.840.113549.1.1.10";

    [SkippableTheory]
    [MemberData(nameof(SignatureCases.All), MemberType = typeof(SignatureCases))]
    public async Task OpenSsl_cms_verify_accepts_our_signature(string signer, string hash, bool pss, bool attached)
    {
        InteropEnvironment.RequireOpenSsl();
        await SkipEd25519UnlessSupportedAsync(signer);
        byte[] content = Cades.Content();

        byte[] cms = await SignatureCases.SignAsync(fixture, signer, hash, pss, attached, content);
        var (result, output) = await OpenSsl.VerifyCmsAsync(fixture, cms, attached ? null : content);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(content, output);
        var signerInfo = CmsSurgery.FirstSigner(cms);
        Assert.Equal(DigestOid(hash), signerInfo.DigestAlgorithmID.Algorithm.Id);
        Assert.Equal(pss, signerInfo.SignatureAlgorithm.Algorithm.Id == RsaPss);
    }

    [SkippableTheory]
    [InlineData("signer-rsa", "SHA256")]
    [InlineData("signer-rsa", "SHA384")]
    [InlineData("signer-ecdsa-p384", "SHA512")]
    [InlineData("signer-ed25519", "SHA512")]
    public async Task OpenSsl_verifies_B_T_signature_and_its_timestamp_token(string signer, string hash)
    {
        InteropEnvironment.RequireOpenSsl();
        await SkipEd25519UnlessSupportedAsync(signer);
        byte[] content = Cades.Content();
        byte[] cms = await Cades.SignDetachedAsync(fixture.Identity(signer), content, fixture.Options(hash, timestamp: true));

        var (cmsResult, _) = await OpenSsl.VerifyCmsAsync(fixture, cms, content);
        Assert.True(cmsResult.Succeeded, cmsResult.ToString());

        byte[] token = CmsSurgery.TimestampToken(cms);
        ProcessResult tsResult = await OpenSsl.VerifyTimestampTokenAsync(fixture, token, CmsSurgery.SignatureValue(cms));
        Assert.True(tsResult.Succeeded, tsResult.ToString());
        Assert.Contains("Verification: OK", tsResult.StandardOutput, StringComparison.Ordinal);
    }

    /// <summary>The oracle is not vacuous: it rejects changed content, a foreign root, and a token over other data.</summary>
    [SkippableFact]
    public async Task OpenSsl_rejects_tampered_content_foreign_root_and_misplaced_token()
    {
        InteropEnvironment.RequireOpenSsl();
        byte[] content = Cades.Content();
        byte[] cms = await Cades.SignDetachedAsync(fixture.Pki.SignerRsa, content, fixture.Options(timestamp: true));
        byte[] tampered = (byte[])content.Clone();
        tampered[100] ^= 1;
        string foreignRoot = OpenSsl.Write(fixture.NewWorkDirectory(), "foreign-root.pem", System.Text.Encoding.ASCII.GetBytes(fixture.OtherPki.Root.Certificate.ExportCertificatePem()));

        var (changedContent, _) = await OpenSsl.VerifyCmsAsync(fixture, cms, tampered);
        var (untrusted, _) = await OpenSsl.VerifyCmsAsync(fixture, cms, content, foreignRoot);
        ProcessResult wrongData = await OpenSsl.VerifyTimestampTokenAsync(fixture, CmsSurgery.TimestampToken(cms), content);

        Assert.False(changedContent.Succeeded, changedContent.ToString());
        Assert.False(untrusted.Succeeded, untrusted.ToString());
        Assert.False(wrongData.Succeeded, wrongData.ToString());
    }

    private static async Task SkipEd25519UnlessSupportedAsync(string signer)
    {
        string version = await OpenSsl.VersionAsync();
        Skip.If(
            signer == "signer-ed25519" && !OpenSsl.SupportsEd25519Cms(version),
            $"{version} cannot verify Ed25519 CMS (RFC 8419 support arrived in OpenSSL 4.0, openssl/openssl#11915); "
            + "BouncyCastleCmsInteropTests covers Ed25519.");
    }

    private static string DigestOid(string hash) => hash switch
    {
        "SHA256" => "2.16.840.1.101.3.4.2.1",
        "SHA384" => "2.16.840.1.101.3.4.2.2",
        _ => "2.16.840.1.101.3.4.2.3",
    };
}
