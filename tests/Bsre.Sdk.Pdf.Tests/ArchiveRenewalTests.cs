using System.Security.Cryptography;
using System.Text.Json;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Pdf.Tests;

/// <summary>
/// <c>bsre pdf renew</c> on a folder of B-LT outputs (what BSrE's gateway returns): documents whose TSA certificate ends
/// within the window get a fresh document timestamp from a TSA whose certificate outlives it (B-LTA) that pdfsig and
/// <c>bsre pdf verify</c> accept, the original bytes stay as they were, and a second run changes nothing.
/// </summary>
public sealed class ArchiveRenewalTests
{
    [SkippableFact]
    public async Task Renewal_makes_BLT_archives_BLTA_and_a_second_run_changes_nothing()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string archive = env.NewOutputPath("archive");
        Directory.CreateDirectory(archive);
        var originals = new Dictionary<string, byte[]>();
        using (var signer = env.CreateSigner())
        {
            foreach (string name in new[] { "surat-1.pdf", "surat-2.pdf" })
            {
                using var output = new MemoryStream();
                await new PadesSigner(signer).SignAsync(new MemoryStream(SamplePdf.Create($"Surat {name} #")), output, new PadesSignatureOptions
                {
                    Level = SignatureLevel.BaselineLT,
                    TimestampClient = env.CreateTimestampClient(),
                });
                originals[name] = output.ToArray();
                await File.WriteAllBytesAsync(Path.Combine(archive, name), originals[name]);
            }
        }

        await File.WriteAllBytesAsync(Path.Combine(archive, "unsigned.pdf"), SamplePdf.Create());
        // RSA-3072: the default policy's 2029 sunset for RSA-2048 would otherwise end the new timestamp's protection first.
        TestIdentity newerTsa = env.Pki.IssueTimestampAuthority("tsa-g2", "BSrE Timestamp Authority G2 (TEST)", notAfter: env.Pki.Now.AddYears(3), keyAlgorithm: TestKeyAlgorithm.Rsa3072);
        await using TimestampAuthorityServer tsa = await TimestampAuthorityServer.StartAsync(newerTsa, env.Pki.Chain);
        string root = Path.Combine(env.Directory, "root.pem");
        string[] renew = ["pdf", "renew", "--in", archive, "--days", "800", "--tsa", tsa.Url.AbsoluteUri, "--trust", root, "--json"];

        ProcessResult first = await ProcessRunner.RunBsreAsync(null, renew);

        Assert.True(first.Succeeded, first.Output);
        Assert.Equal(["not-signed", "renewed", "renewed"], Actions(first).Select(a => a.Action).Order().ToArray());
        foreach ((string name, byte[] original) in originals)
        {
            string path = Path.Combine(archive, name);
            byte[] renewed = await File.ReadAllBytesAsync(path);
            Assert.True(renewed.AsSpan().StartsWith(original), $"{name}: the original bytes were rewritten");
            await PdfAssert.QpdfCleanAsync(path);
            await PdfAssert.PdfsigAllValidAsync(env, path);
            ProcessResult verify = await ProcessRunner.RunBsreAsync(null, "pdf", "verify", "--in", path, "--trust", root, "--json");
            Assert.True(verify.Succeeded, verify.Output);
            using JsonDocument report = JsonDocument.Parse(verify.StandardOutput);
            Assert.Equal("TOTAL_PASSED", report.RootElement.GetProperty("indication").GetString());
            Assert.Contains(report.RootElement.GetProperty("signatures").EnumerateArray(), s => s.GetProperty("level").GetString() == "PAdES-BASELINE-LTA");
        }

        string[] hashes = Hashes(archive);
        int probes = tsa.RequestCount;
        ProcessResult second = await ProcessRunner.RunBsreAsync(null, renew);

        Assert.True(second.Succeeded, second.Output);
        Assert.Equal(["current", "current", "not-signed"], Actions(second).Select(a => a.Action).Order().ToArray());
        Assert.Equal(hashes, Hashes(archive));
        Assert.Equal(probes, tsa.RequestCount);
    }

    [SkippableFact]
    public async Task A_tsa_whose_certificate_is_no_newer_renews_nothing()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string archive = env.NewOutputPath("archive-same-tsa");
        Directory.CreateDirectory(archive);
        string path = Path.Combine(archive, "surat.pdf");
        using (var signer = env.CreateSigner())
        {
            await using var output = File.Create(path);
            await new PadesSigner(signer).SignAsync(new MemoryStream(SamplePdf.Create()), output, new PadesSignatureOptions { Level = SignatureLevel.BaselineLT, TimestampClient = env.CreateTimestampClient() });
        }

        byte[] before = await File.ReadAllBytesAsync(path);
        ProcessResult run = await ProcessRunner.RunBsreAsync(null, "pdf", "renew", "--in", archive, "--days", "800", "--tsa", env.Tsa.Url.AbsoluteUri, "--trust", Path.Combine(env.Directory, "root.pem"));

        Assert.True(run.Succeeded, run.Output);
        Assert.Contains("no-longer-protection", run.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    private static (string File, string Action)[] Actions(ProcessResult run) => run.StandardOutput
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => JsonDocument.Parse(line).RootElement)
        .Select(json => (json.GetProperty("file").GetString()!, json.GetProperty("action").GetString()!))
        .ToArray();

    private static string[] Hashes(string directory) => Directory.GetFiles(directory).Order(StringComparer.Ordinal)
        .Select(f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))).ToArray();
}
