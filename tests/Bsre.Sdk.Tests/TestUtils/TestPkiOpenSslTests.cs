using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;
using Bsre.Sdk.Tests.Fixtures;

namespace Bsre.Sdk.Tests.TestUtils;

/// <summary>Cross-checks the files written by <see cref="TestPki.WriteTo"/> with the openssl command-line tool.</summary>
[Collection(PkiTestGroup.Name)]
public sealed class TestPkiOpenSslTests(PkiFixture fixture)
{
    public static TheoryData<string> ValidLeaves => ["signer-rsa", "signer-ecdsa", "signer-ecdsa-p384", "signer-ed25519", "signer-revoked", "tsa", "ocsp"];

    public static TheoryData<string> AllLeaves => [.. ValidLeaves, "signer-expired"];

    [SkippableTheory]
    [MemberData(nameof(ValidLeaves))]
    public async Task Leaf_chain_verifies(string name)
    {
        Skip.IfNot(OpenSslCli.IsAvailable, OpenSslCli.NotAvailableMessage);

        ProcessResult result = await RunAsync("verify", "-CAfile", "root.pem", "-untrusted", "intermediate.pem", name + ".pem");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains(name + ".pem: OK", result.StandardOutput, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Expired_leaf_fails_verification_with_expiry()
    {
        Skip.IfNot(OpenSslCli.IsAvailable, OpenSslCli.NotAvailableMessage);

        ProcessResult result = await RunAsync("verify", "-CAfile", "root.pem", "-untrusted", "intermediate.pem", "signer-expired.pem");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("certificate has expired", result.Output, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(AllLeaves))]
    public async Task Pkcs12_opens_with_password_file_without_legacy_provider(string name)
    {
        Skip.IfNot(OpenSslCli.IsAvailable, OpenSslCli.NotAvailableMessage);

        ProcessResult result = await RunAsync("pkcs12", "-in", name + ".p12", "-passin", "file:" + name + ".password", "-noout");
        Assert.True(result.ExitCode == 0, result.Output);

        ProcessResult info = await RunAsync("pkcs12", "-in", name + ".p12", "-passin", "file:" + name + ".password", "-info", "-noout");
        Assert.True(info.ExitCode == 0, info.Output);
        Assert.Contains("MAC: sha256", info.Output, StringComparison.Ordinal);
        Assert.Contains("Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC", info.Output, StringComparison.Ordinal);
        Assert.Equal(3, CountOccurrences(info.Output, "Certificate bag"));
    }

    [SkippableFact]
    public async Task Intermediate_crl_verifies_and_lists_the_revoked_signer()
    {
        Skip.IfNot(OpenSslCli.IsAvailable, OpenSslCli.NotAvailableMessage);

        ProcessResult result = await RunAsync("crl", "-in", "crl.pem", "-CAfile", "chain.pem", "-noout", "-text");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("verify OK", result.Output, StringComparison.Ordinal);
        Assert.Contains("Serial Number: " + fixture.Pki.SignerRevoked.Certificate.SerialNumber, result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Key Compromise", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("CRL Number", result.StandardOutput, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Root_crl_verifies_and_is_empty()
    {
        Skip.IfNot(OpenSslCli.IsAvailable, OpenSslCli.NotAvailableMessage);

        ProcessResult result = await RunAsync("crl", "-in", "root-crl.pem", "-CAfile", "root.pem", "-noout", "-text");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("verify OK", result.Output, StringComparison.Ordinal);
        Assert.Contains("No Revoked Certificates", result.StandardOutput, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("signer-rsa", true)]
    [InlineData("signer-ecdsa", true)]
    [InlineData("signer-revoked", false)]
    public async Task Revocation_checking_with_both_crls(string name, bool valid)
    {
        Skip.IfNot(OpenSslCli.IsAvailable, OpenSslCli.NotAvailableMessage);

        ProcessResult result = await RunAsync(
            "verify", "-crl_check_all", "-CRLfile", "crl.pem", "-CRLfile", "root-crl.pem",
            "-CAfile", "root.pem", "-untrusted", "intermediate.pem", name + ".pem");

        if (valid)
        {
            Assert.True(result.ExitCode == 0, result.Output);
        }
        else
        {
            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("certificate revoked", result.Output, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task Tsa_and_ocsp_certificates_have_their_purposes()
    {
        Skip.IfNot(OpenSslCli.IsAvailable, OpenSslCli.NotAvailableMessage);

        ProcessResult tsa = await RunAsync("verify", "-purpose", "timestampsign", "-CAfile", "root.pem", "-untrusted", "intermediate.pem", "tsa.pem");
        Assert.True(tsa.ExitCode == 0, tsa.Output);

        ProcessResult ocsp = await RunAsync("x509", "-in", "ocsp.pem", "-noout", "-ext", "extendedKeyUsage,noCheck");
        Assert.True(ocsp.ExitCode == 0, ocsp.Output);
        Assert.Contains("OCSP Signing", ocsp.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("No Check", ocsp.StandardOutput, StringComparison.Ordinal);
    }

    private Task<ProcessResult> RunAsync(params string[] args) => OpenSslCli.RunAsync(fixture.Directory, args);

    private static int CountOccurrences(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
