using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;
using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Tests.Revocation;

/// <summary>
/// Interop with the project's shared OpenSSL test PKI and responder (../shared/tools/interop: make-test-pki.sh, then
/// run-ocsp-responder.sh, which answers each request with <c>openssl ocsp</c> and serves the CRLs, on 127.0.0.1).
/// Skipped when ../shared, openssl, bash or python3 is missing.
/// </summary>
public sealed class SharedResponderScriptTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bsre-shared-ocsp-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [SkippableFact]
    public async Task Shared_openssl_responder_and_CRLs_give_good_and_revoked()
    {
        string makePki = InteropEnvironment.RequireSharedTool("tools/interop/make-test-pki.sh");
        string responder = InteropEnvironment.RequireSharedTool("tools/interop/run-ocsp-responder.sh");
        Skip.IfNot(ProcessRunner.IsOnPath("python3"), "python3 is not on PATH: run-ocsp-responder.sh needs it.");
        string pki = Path.Combine(_directory, "pki");
        ProcessResult made = await ProcessRunner.RunAsync("bash", [makePki, pki, LoopbackPorts.Free().ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.True(made.Succeeded, made.ToString());
        ProcessResult started = await ProcessRunner.RunAsync("bash", [responder, "--background", pki]);
        Assert.True(started.Succeeded, started.ToString());
        try
        {
            using X509Certificate2 issuer = Load(pki, "intermediate-ca.cer");
            using X509Certificate2 leaf = Load(pki, "leaf.cer");
            using X509Certificate2 revoked = Load(pki, "revoked.cer");
            using var http = new HttpClient();

            foreach (RevocationCheckMode mode in new[] { RevocationCheckMode.OcspOnly, RevocationCheckMode.CrlOnly })
            {
                var checker = new RevocationChecker(RevocationFixture.Options(mode), http, new RevocationCache());
                RevocationCheckResult good = await checker.CheckAsync(leaf, issuer, DateTimeOffset.UtcNow, RevocationEvidence.Empty, CancellationToken.None);
                RevocationCheckResult bad = await checker.CheckAsync(revoked, issuer, DateTimeOffset.UtcNow, RevocationEvidence.Empty, CancellationToken.None);

                Assert.True(good.Failure is null, $"{mode}: {string.Join("\n", good.Errors)}");
                Assert.Equal(mode == RevocationCheckMode.OcspOnly ? RevocationSource.Ocsp : RevocationSource.Crl, good.Info.Source);
                Assert.Equal(SubIndication.RevokedNoPoe, bad.Failure);
                Assert.Equal("keyCompromise", bad.Info.Reason);
                Assert.InRange(bad.Info.RevokedAt!.Value, leaf.NotBefore.ToUniversalTime(), DateTimeOffset.UtcNow);
            }
        }
        finally
        {
            await ProcessRunner.RunAsync("bash", [responder, "--stop", pki]);
        }
    }

    private static X509Certificate2 Load(string directory, string name) => X509CertificateLoader.LoadCertificateFromFile(Path.Combine(directory, name));
}
