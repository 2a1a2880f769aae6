using System.Security.Cryptography;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;

namespace Bsre.Sdk.Pdf.Tests;

/// <summary>Signatures with other keys and digests: ECDSA P-384, RSA-PSS, SHA-384/512.</summary>
public sealed class KeyAlgorithmTests
{
    [SkippableTheory]
    [InlineData("ecdsa-p384", "SHA384", false)]
    [InlineData("rsa", "SHA512", true)]
    [InlineData("ecdsa-p256", "SHA256", false)]
    public async Task Other_keys_and_digests_verify_in_pdfsig(string key, string hash, bool pss)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        TestIdentity identity = key switch
        {
            "ecdsa-p384" => env.Pki.SignerEcdsaP384,
            "ecdsa-p256" => env.Pki.SignerEcdsa,
            _ => env.Pki.SignerRsa,
        };
        using var signer = env.CreateSigner(identity);
        string output = env.NewOutputPath($"{key}-{hash}.pdf");
        await new PadesSigner(signer).SignAsync(Path.Combine(SharedPaths.Corpus, "12-pdftocairo-letter.pdf"), output, new PadesSignatureOptions
        {
            HashAlgorithm = new HashAlgorithmName(hash),
            SignatureScheme = pss ? SignatureScheme.RsaPss : null,
        });
        await PdfAssert.PdfsigValidAsync(env, output);
    }

    [SkippableFact]
    public async Task Ed25519_signature_uses_SHA512_and_verifies_with_BouncyCastle()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        using var signer = env.CreateSigner(env.Pki.SignerEd25519);
        using var output = new MemoryStream();
        await using (var input = File.OpenRead(Path.Combine(SharedPaths.Corpus, "01-gs-ps2pdf-letter.pdf")))
        {
            await new PadesSigner(signer).SignAsync(input, output);
        }

        byte[] pdf = output.ToArray();
        var value = Assert.Single(SignedPdfInspector.Read(pdf));
        byte[] covered = [.. pdf.AsSpan((int)value.ByteRange[0], (int)value.ByteRange[1]), .. pdf.AsSpan((int)value.ByteRange[2], (int)value.ByteRange[3])];
        var cms = new Org.BouncyCastle.Cms.CmsSignedData(new Org.BouncyCastle.Cms.CmsProcessableByteArray(covered), value.ContentsDer);
        var info = Assert.Single(cms.GetSignerInfos().GetSigners());
        Assert.Equal("2.16.840.1.101.3.4.2.3", info.DigestAlgorithmID.Algorithm.Id);
        Assert.True(info.Verify(env.Pki.SignerEd25519.BouncyCastleCertificate));
    }
}
