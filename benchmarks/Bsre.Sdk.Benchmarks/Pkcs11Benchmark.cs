using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Bsre.Sdk.Pkcs11;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Benchmarks;

/// <summary>
/// Signatures per second through SoftHSM2 with <see cref="Pkcs11Signer"/>: 64 signature requests at once (a batch of
/// documents), signed on one session (baseline) or on the pool (one session per core, the default). Mean is per
/// signature (OperationsPerInvoke = 64), so signatures/second = 1 s / Mean.
/// </summary>
public class Pkcs11Benchmark
{
    private const int Batch = 64;
    private readonly SignatureRequest[] _requests = new SignatureRequest[Batch];
    private SoftHsm? _hsm;
    private Pkcs11Signer? _oneSession;
    private Pkcs11Signer? _pool;

    [Params("RSA-2048", "P-256")]
    public string Key { get; set; } = "RSA-2048";

    [GlobalSetup]
    public void Setup()
    {
        TestPki pki = TestPki.Create();
        TestIdentity identity = Key == "RSA-2048" ? pki.SignerRsa : pki.SignerEcdsa;
        _hsm = SoftHsm.Create(Directory.CreateTempSubdirectory("bsre-bench-softhsm-").FullName);
        _hsm.AddToken("bench", "123456", [identity]);
        _oneSession = Pkcs11Signer.Open(new Pkcs11SignerOptions { ModulePath = SoftHsm.ModulePath, TokenLabel = "bench", MaxConcurrency = 1 }, "123456");
        _pool = Pkcs11Signer.Open(new Pkcs11SignerOptions { ModulePath = SoftHsm.ModulePath, TokenLabel = "bench" }, "123456");
        SignatureScheme scheme = Key == "RSA-2048" ? SignatureScheme.RsaPkcs1 : SignatureScheme.Ecdsa;
        for (int i = 0; i < Batch; i++)
        {
            _requests[i] = new SignatureRequest(RandomNumberGenerator.GetBytes(200), HashAlgorithmName.SHA256, scheme);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _oneSession?.Dispose();
        _pool?.Dispose();
        _hsm?.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public Task<byte[][]> OneSession() => SignBatch(_oneSession!);

    [Benchmark(OperationsPerInvoke = Batch)]
    public Task<byte[][]> Pool() => SignBatch(_pool!);

    private Task<byte[][]> SignBatch(Pkcs11Signer signer) => Task.WhenAll(_requests.Select(r => signer.SignAsync(r).AsTask()));
}
