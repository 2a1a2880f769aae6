using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;
using Bsre.Sdk.Tests.Fixtures;

namespace Bsre.Sdk.Tests.Interop;

/// <summary>Our signatures through the team's shared oracle script, ../shared/tools/interop/verify-cms-with-openssl.sh.</summary>
[Collection(PkiTestGroup.Name)]
public sealed class SharedScriptInteropTests(PkiFixture fixture)
{
    private const string Script = "tools/interop/verify-cms-with-openssl.sh";

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Script_verifies_our_B_T_cms(bool attached)
    {
        string script = InteropEnvironment.RequireSharedTool(Script);
        byte[] content = Cades.Content();
        var options = fixture.Options("SHA384", timestamp: true);
        byte[] cms = attached
            ? await Cades.SignAttachedAsync(fixture.Pki.SignerEcdsa, content, options)
            : await Cades.SignDetachedAsync(fixture.Pki.SignerEcdsa, content, options);
        string work = fixture.NewWorkDirectory();

        List<string> arguments = [script, "--cms", OpenSsl.Write(work, "sig.p7s", cms)];
        if (!attached)
        {
            arguments.AddRange(["--content", OpenSsl.Write(work, "data.bin", content)]);
        }

        // No UNTRUSTED argument: the script passes it to `openssl cms -untrusted`, which OpenSSL 3.0 does not know; the
        // CMS embeds the intermediate anyway.
        ProcessResult result = await ProcessRunner.RunAsync("bash", [.. arguments, fixture.RootPem]);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains("CMS signature VERIFIED", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("signingCertificateV2", result.StandardOutput, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task Script_verifies_the_signature_timestamp_token()
    {
        string script = InteropEnvironment.RequireSharedTool(Script);
        byte[] cms = await Cades.SignDetachedAsync(fixture.Pki.SignerRsa, Cades.Content(), fixture.Options(timestamp: true));
        string work = fixture.NewWorkDirectory();

        ProcessResult result = await ProcessRunner.RunAsync("bash",
        [
            script, "--tst", OpenSsl.Write(work, "token.tst", CmsSurgery.TimestampToken(cms)),
            "--content", OpenSsl.Write(work, "signature-value.bin", CmsSurgery.SignatureValue(cms)),
            fixture.RootPem, fixture.IntermediatePem,
        ]);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains("time-stamp token VERIFIED", result.StandardOutput, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Script_rejects_tampered_content()
    {
        string script = InteropEnvironment.RequireSharedTool(Script);
        byte[] content = Cades.Content();
        byte[] cms = await Cades.SignDetachedAsync(fixture.Pki.SignerRsa, content, fixture.Options());
        content[0] ^= 1;
        string work = fixture.NewWorkDirectory();

        ProcessResult result = await ProcessRunner.RunAsync("bash",
        [
            script, "--expect-fail", "--cms", OpenSsl.Write(work, "sig.p7s", cms),
            "--content", OpenSsl.Write(work, "data.bin", content), fixture.RootPem,
        ]);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains("CMS signature FAILED", result.StandardOutput, StringComparison.Ordinal);
    }
}
