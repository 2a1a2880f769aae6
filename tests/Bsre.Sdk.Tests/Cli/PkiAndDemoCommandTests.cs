namespace Bsre.Sdk.Tests.Cli;

public sealed class PkiAndDemoCommandTests
{
    [Fact]
    public async Task Pki_create_writes_the_contracted_files()
    {
        string directory = Directory.CreateTempSubdirectory("bsre-pki-").FullName;
        try
        {
            var run = await CliFixture.RunAsync("pki", "create", "--out", directory);

            Assert.Equal(0, run.ExitCode);
            foreach (string file in new[] { "root.pem", "intermediate.pem", "crl.pem", "signer-rsa.p12", "signer-ecdsa.p12", "signer-revoked.p12", "signer-expired.p12", "tsa.p12", "ocsp.p12" })
            {
                Assert.True(File.Exists(Path.Combine(directory, file)), file);
            }

            Assert.True(File.Exists(Path.Combine(directory, "signer-rsa.password")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Demo_signs_and_validates_everything()
    {
        string directory = Directory.CreateTempSubdirectory("bsre-demo-").FullName;
        try
        {
            var run = await CliFixture.RunAsync("demo", "--out", directory);

            Assert.True(run.ExitCode == 0, run.Output + run.Error);
            Assert.Contains("CAdES-BASELINE-T", run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("TOTAL_FAILED", run.Output, StringComparison.Ordinal);
            Assert.NotEmpty(Directory.GetFiles(directory, "*.p7s"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
