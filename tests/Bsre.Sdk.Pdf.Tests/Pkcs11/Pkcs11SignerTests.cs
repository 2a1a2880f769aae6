using System.Security.Cryptography;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Pkcs11;
using Bsre.Sdk.Signing;
using Bsre.Sdk.TestUtils;
using Org.BouncyCastle.Cms;

namespace Bsre.Sdk.Pdf.Tests.Pkcs11;

/// <summary>
/// <see cref="Pkcs11Signer"/> on a real SoftHSM2 token: CMS that <c>openssl cms -verify</c> accepts and PDFs that pdfsig
/// reports valid and trusted, for RSA (PKCS#1 v1.5 and PSS) and ECDSA P-256/P-384 keys; the typed errors.
/// </summary>
public sealed class Pkcs11SignerTests
{
    [SkippableTheory]
    [InlineData("bsre-rsa", null, "SHA256", false)]
    [InlineData("bsre-rsa", null, "SHA384", true)]
    [InlineData("bsre-ecdsa", "signer-ecdsa", "SHA256", false)]
    [InlineData("bsre-ecdsa", "signer-ecdsa-p384", "SHA384", false)]
    [InlineData("bsre-always", null, "SHA256", false)]
    public async Task PAdES_signature_made_on_the_token_is_valid_and_trusted_in_pdfsig(string token, string? key, string hash, bool pss)
    {
        var env = await SoftHsmEnvironment.GetOrSkipAsync();
        using Pkcs11Signer signer = SoftHsmEnvironment.Open(token, key);
        string output = env.Pdf.NewOutputPath($"pkcs11-{token}-{key}-{hash}.pdf");
        await new PadesSigner(signer).SignAsync(Path.Combine(SharedPaths.Corpus, "12-pdftocairo-letter.pdf"), output, new PadesSignatureOptions
        {
            HashAlgorithm = new HashAlgorithmName(hash),
            SignatureScheme = pss ? SignatureScheme.RsaPss : null,
        });
        await PdfAssert.PdfsigValidAsync(env.Pdf, output);
    }

    [SkippableTheory]
    [InlineData("bsre-rsa", null)]
    [InlineData("bsre-ecdsa", "signer-ecdsa-p384")]
    public async Task CAdES_signature_made_on_the_token_verifies_in_openssl(string token, string? key)
    {
        var env = await SoftHsmEnvironment.GetOrSkipAsync();
        using Pkcs11Signer signer = SoftHsmEnvironment.Open(token, key);
        byte[] content = RandomNumberGenerator.GetBytes(4096);
        byte[] cms = await new CadesSigner(signer).SignDetachedAsync(new MemoryStream(content));

        string work = Directory.CreateDirectory(env.Pdf.NewOutputPath("pkcs11-cms")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(work, "sig.p7s"), cms);
        await File.WriteAllBytesAsync(Path.Combine(work, "data.bin"), content);
        ProcessResult result = await ProcessRunner.RunAsync("openssl",
        [
            "cms", "-verify", "-binary", "-inform", "DER", "-in", Path.Combine(work, "sig.p7s"), "-content", Path.Combine(work, "data.bin"),
            "-CAfile", Path.Combine(env.Pdf.Directory, "root.pem"), "-no-CApath", "-no-CAstore", "-purpose", "any", "-out", "/dev/null",
        ]);
        Assert.True(result.Succeeded, result.Output);
    }

    [SkippableFact]
    public async Task Ed25519_signature_made_on_the_token_verifies_with_BouncyCastle()
    {
        var env = await SoftHsmEnvironment.GetOrSkipAsync();
        using Pkcs11Signer signer = SoftHsmEnvironment.Open("bsre-ed25519");
        byte[] content = RandomNumberGenerator.GetBytes(512);
        byte[] signature = await new CadesSigner(signer, new CadesSignatureOptions { HashAlgorithm = HashAlgorithmName.SHA512 }).SignDetachedAsync(new MemoryStream(content));
        var info = Assert.Single(new CmsSignedData(new CmsProcessableByteArray(content), signature).GetSignerInfos().GetSigners());
        Assert.Equal("1.3.101.112", info.SignatureAlgorithm.Algorithm.Id);
        Assert.True(info.Verify(env.Pdf.Pki.SignerEd25519.BouncyCastleCertificate));
    }

    [SkippableFact]
    public async Task The_chain_comes_from_the_token_and_the_certificate_by_the_keys_CKA_ID()
    {
        var env = await SoftHsmEnvironment.GetOrSkipAsync();
        using Pkcs11Signer signer = SoftHsmEnvironment.Open("bsre-ecdsa", "signer-ecdsa-p384");
        SignerCertificates certificates = await signer.GetCertificatesAsync();
        Assert.Equal(env.Pdf.Pki.SignerEcdsaP384.Certificate.Thumbprint, certificates.SigningCertificate.Thumbprint);
        Assert.Equal(env.Pdf.Pki.Intermediate.Certificate.Thumbprint, Assert.Single(certificates.Chain).Thumbprint);
    }

    [SkippableFact]
    public async Task Sixty_four_concurrent_signatures_through_one_pool_all_verify()
    {
        var env = await SoftHsmEnvironment.GetOrSkipAsync();
        using Pkcs11Signer signer = SoftHsmEnvironment.Open("bsre-ecdsa", "signer-ecdsa", maxConcurrency: 4);
        Assert.Equal(4, signer.MaxConcurrency);
        var cades = new CadesSigner(signer);
        byte[][] contents = Enumerable.Range(0, 64).Select(_ => RandomNumberGenerator.GetBytes(256)).ToArray();
        byte[][] signatures = await Task.WhenAll(contents.Select(c => cades.SignDetachedAsync(new MemoryStream(c))));

        for (int i = 0; i < contents.Length; i++)
        {
            var cms = new CmsSignedData(new CmsProcessableByteArray(contents[i]), signatures[i]);
            SignerInformation info = Assert.Single(cms.GetSignerInfos().GetSigners());
            Assert.True(info.Verify(env.Pdf.Pki.SignerEcdsa.BouncyCastleCertificate), $"signature {i} does not verify");
        }
    }

    [SkippableFact]
    public async Task Two_phase_signing_with_the_token_verifies_in_pdfsig()
    {
        var env = await SoftHsmEnvironment.GetOrSkipAsync();
        using Pkcs11Signer signer = SoftHsmEnvironment.Open("bsre-rsa");
        SignerCertificates certificates = await signer.GetCertificatesAsync();
        string output = env.Pdf.NewOutputPath("pkcs11-two-phase.pdf");
        await using (var prepared = new FileStream(output, FileMode.CreateNew, FileAccess.ReadWrite))
        {
            await using (var input = File.OpenRead(Path.Combine(SharedPaths.Corpus, "01-gs-ps2pdf-letter.pdf")))
            {
                var state = await new PadesTwoPhaseSigner().PrepareAsync(input, prepared, certificates);
                SignatureRequest request = await new PadesTwoPhaseSigner().CreateSignatureRequestAsync(state, certificates);
                byte[] value = await signer.SignAsync(request);
                await new PadesTwoPhaseSigner().CompleteAsync(prepared, state, value, certificates);
            }
        }

        await PdfAssert.PdfsigValidAsync(env.Pdf, output);
    }

    [SkippableFact]
    public async Task A_wrong_PIN_is_a_typed_error_without_the_PIN()
    {
        var env = await SoftHsmEnvironment.GetOrSkipAsync();
        const string wrong = "999999";
        var error = Assert.Throws<Pkcs11SignerException>(() => Pkcs11Signer.Open(SoftHsmEnvironment.Options("bsre-wrong-pin"), wrong));
        Assert.Equal(Pkcs11ErrorCode.PinIncorrect, error.ErrorCode);
        Assert.DoesNotContain(wrong, error.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_batch_of_PDFs_is_signed_on_the_pool_with_one_login_and_each_verifies_in_pdfsig()
    {
        var env = await SoftHsmEnvironment.GetOrSkipAsync();
        using Pkcs11Signer signer = SoftHsmEnvironment.Open("bsre-ecdsa", "signer-ecdsa", maxConcurrency: 2);
        string input = Path.Combine(SharedPaths.Corpus, "12-pdftocairo-letter.pdf");
        PadesBatchDocument[] documents = [.. Enumerable.Range(1, 3).Select(i => new PadesBatchDocument(input, env.Pdf.NewOutputPath($"pkcs11-batch-{i}.pdf")))];

        await new PadesBatchSigner(signer).SignAsync(documents, new PadesSignatureOptions { Reason = "Batch" });

        foreach (PadesBatchDocument document in documents)
        {
            await PdfAssert.PdfsigValidAsync(env.Pdf, document.OutputPath);
        }
    }

    [SkippableTheory]
    [InlineData("module", Pkcs11ErrorCode.ModuleNotFound)]
    [InlineData("token", Pkcs11ErrorCode.TokenNotFound)]
    [InlineData("key", Pkcs11ErrorCode.KeyNotFound)]
    [InlineData("ambiguous", Pkcs11ErrorCode.KeyAmbiguous)]
    public async Task Missing_module_token_or_key_is_a_typed_error(string missing, Pkcs11ErrorCode expected)
    {
        var env = await SoftHsmEnvironment.GetOrSkipAsync();
        Pkcs11SignerOptions options = missing switch
        {
            "module" => new Pkcs11SignerOptions { ModulePath = Path.Combine(env.Hsm.Directory, "no-such-module.so"), TokenLabel = "bsre-rsa" },
            "token" => SoftHsmEnvironment.Options("no-such-token"),
            "key" => SoftHsmEnvironment.Options("bsre-rsa", "no-such-key"),
            _ => SoftHsmEnvironment.Options("bsre-ecdsa"),
        };
        var error = Assert.Throws<Pkcs11SignerException>(() => Pkcs11Signer.Open(options, SoftHsmEnvironment.Pin));
        Assert.Equal(expected, error.ErrorCode);
    }
}
