using Bsre.Sdk.Client.Tests.Fakes;
using Bsre.Sdk.Csc;
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Testing.Emulator;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Client.Tests.Csc;

/// <summary>The CSC signer against the emulator's CSC endpoint: a folder with one authorization, verified by pdfsig against the test root.</summary>
public sealed class CscSigningTests(CscEmulatorFixture fixture) : IClassFixture<CscEmulatorFixture>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bsre-csc-").FullName;

    [SkippableFact]
    public async Task A_folder_of_PDFs_is_signed_with_one_authorization_and_each_verifies_in_pdfsig()
    {
        Skip.IfNot(PdfSig.Available, "pdfsig or certutil is not installed.");
        string input = Directory.CreateDirectory(Path.Combine(_directory, "in")).FullName;
        for (int i = 1; i <= 4; i++)
        {
            await File.WriteAllBytesAsync(Path.Combine(input, $"surat-{i}.pdf"), SamplePdf.Create($"Surat Keputusan {i}"));
        }

        CscClient client = fixture.Client();
        var prompts = new List<int>();
        using var signer = new CscSigner(client, new CscSignerOptions { CredentialId = BsreEmulator.CscRsaCredential, AuthenticationData = fixture.PinAndOtp(client, calls: prompts) });
        int authorizations = fixture.Emulator.CscAuthorizeCalls, signHashes = fixture.Emulator.CscSignHashCalls;

        var signed = await new PadesBatchSigner(signer).SignDirectoryAsync(input, Path.Combine(_directory, "out"), new PadesSignatureOptions { Reason = "Disetujui" });

        Assert.Equal(1, fixture.Emulator.CscAuthorizeCalls - authorizations);
        Assert.Equal(1, fixture.Emulator.CscSignHashCalls - signHashes);
        Assert.Equal([4], prompts);
        Assert.Equal(4, signed.Count);
        await AssertPdfsigTrustedAsync(signed.Select(d => d.OutputPath), "Budi Santoso");
    }

    [SkippableFact]
    public async Task An_ECDSA_credential_signs_a_folder_at_B_LTA_with_one_authorization()
    {
        Skip.IfNot(PdfSig.Available, "pdfsig or certutil is not installed.");
        string input = Directory.CreateDirectory(Path.Combine(_directory, "in-lta")).FullName;
        for (int i = 1; i <= 2; i++)
        {
            await File.WriteAllBytesAsync(Path.Combine(input, $"nota-{i}.pdf"), SamplePdf.Create($"Nota Dinas {i}"));
        }

        CscClient client = fixture.Client();
        using var signer = new CscSigner(client, new CscSignerOptions { CredentialId = BsreEmulator.CscEcdsaCredential, AuthenticationData = fixture.PinAndOtp(client) });
        using var tsaHttp = new HttpClient();
        int authorizations = fixture.Emulator.CscAuthorizeCalls;

        var signed = await new PadesBatchSigner(signer).SignDirectoryAsync(input, Path.Combine(_directory, "out-lta"), new PadesSignatureOptions
        {
            Level = SignatureLevel.BaselineLTA,
            TimestampClient = new TimestampClient(tsaHttp, new TimestampClientOptions { Url = fixture.Emulator.TimestampUrl }),
        });

        Assert.Equal(1, fixture.Emulator.CscAuthorizeCalls - authorizations);
        await AssertPdfsigTrustedAsync(signed.Select(d => d.OutputPath), "Siti Rahayu");
    }

    [SkippableFact]
    public async Task A_CAdES_RSA_PSS_signature_made_through_CSC_verifies_in_openssl()
    {
        Skip.IfNot(ProcessRunner.IsOnPath("openssl"), "openssl is not installed.");
        CscClient client = fixture.Client();
        using var signer = new CscSigner(client, new CscSignerOptions { CredentialId = BsreEmulator.CscRsaCredential, AuthenticationData = fixture.PinAndOtp(client) });
        byte[] content = "Nota dinas nomor 7"u8.ToArray();

        byte[] cms = await new CadesSigner(signer, new CadesSignatureOptions { SignatureScheme = SignatureScheme.RsaPss }).SignDetachedAsync(new MemoryStream(content));

        string signature = Path.Combine(_directory, "nota.p7s"), data = Path.Combine(_directory, "nota.txt"), root = Path.Combine(_directory, "root.pem");
        await File.WriteAllBytesAsync(signature, cms);
        await File.WriteAllBytesAsync(data, content);
        await File.WriteAllTextAsync(root, fixture.Emulator.Pki.Root.Certificate.ExportCertificatePem());
        ProcessResult openssl = await ProcessRunner.RunAsync("openssl",
            ["cms", "-verify", "-binary", "-inform", "DER", "-in", signature, "-content", data, "-CAfile", root, "-no-CApath", "-no-CAstore", "-purpose", "any", "-out", "/dev/null"]);
        Assert.True(openssl.Succeeded, openssl.Output);
        var info = Assert.Single(new Org.BouncyCastle.Cms.CmsSignedData(new Org.BouncyCastle.Cms.CmsProcessableByteArray(content), cms).GetSignerInfos().GetSigners());
        Assert.Equal("1.2.840.113549.1.1.10", info.SignatureAlgorithm.Algorithm.Id);
    }

    [Fact]
    public async Task Info_list_and_credential_info_describe_the_service_and_the_chain()
    {
        CscClient client = fixture.Client();

        CscServiceInfo info = await client.GetInfoAsync();
        IReadOnlyList<string> ids = await client.ListCredentialsAsync();
        CscCredential credential = await client.GetCredentialAsync(BsreEmulator.CscEcdsaCredential);

        Assert.StartsWith("2.", info.Specs, StringComparison.Ordinal);
        Assert.Contains("signatures/signHash", info.Methods);
        Assert.Equal(fixture.Emulator.BaseUrl, info.OAuth2);
        Assert.Equal([BsreEmulator.CscEcdsaCredential, BsreEmulator.CscRevokedCredential, BsreEmulator.CscRsaCredential], ids.Order(StringComparer.Ordinal));
        Assert.Equal(fixture.Emulator.Pki.SignerEcdsa.Certificate.Thumbprint, credential.Certificates.SigningCertificate.Thumbprint);
        Assert.Equal([fixture.Emulator.Pki.Intermediate.Certificate.Thumbprint, fixture.Emulator.Pki.Root.Certificate.Thumbprint], credential.Certificates.Chain.Select(c => c.Thumbprint));
        Assert.Equal(["PIN", "OTP"], credential.AuthObjects);
        Assert.Equal(BsreEmulator.CscMultisign, credential.Multisign);
        Assert.Equal(2, credential.Scal);
    }

    private async Task AssertPdfsigTrustedAsync(IEnumerable<string> files, string signer)
    {
        string root = Path.Combine(_directory, "root.pem");
        await File.WriteAllTextAsync(root, fixture.Emulator.Pki.Root.Certificate.ExportCertificatePem());
        foreach (string file in files)
        {
            string report = await PdfSig.VerifyAsync(file, root);
            Assert.Contains("Signature is Valid", report, StringComparison.Ordinal);
            Assert.Contains("Certificate is Trusted", report, StringComparison.Ordinal);
            Assert.Contains(signer, report, StringComparison.Ordinal);
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
