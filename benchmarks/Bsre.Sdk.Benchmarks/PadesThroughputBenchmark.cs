using BenchmarkDotNet.Attributes;
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;

namespace Bsre.Sdk.Benchmarks;

/// <summary>
/// Throughput of PAdES-B-B on small one-page PDFs (<see cref="SamplePdf"/>, ≈1 KB), one signer shared by every
/// thread: one after another, and on every core at once (a batch-signing service). Reported per document, so
/// documents per second = 1 s / Mean.
/// </summary>
public class PadesThroughputBenchmark
{
    private const int BatchSize = 200;
    private LocalSigner _signer = null!;
    private byte[] _document = null!;

    /// <summary>Gets or sets the signing key.</summary>
    [Params("RSA-2048", "P-256")]
    public string Key { get; set; } = "P-256";

    [GlobalSetup]
    public void Setup()
    {
        TestPki pki = TestPki.Create();
        TestIdentity identity = Key == "RSA-2048" ? pki.SignerRsa : pki.SignerEcdsa;
        _signer = LocalSigner.FromPkcs12(identity.Pkcs12, identity.Password);
        _document = SamplePdf.Create("Nota dinas");
    }

    [GlobalCleanup]
    public void Cleanup() => _signer.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    public async Task OneThread()
    {
        var pades = new PadesSigner(_signer);
        for (int i = 0; i < BatchSize; i++)
        {
            await SignAsync(pades);
        }
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public async Task AllCores()
    {
        var pades = new PadesSigner(_signer);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        await Parallel.ForEachAsync(Enumerable.Range(0, BatchSize), options, async (_, _) => await SignAsync(pades));
    }

    private async Task SignAsync(PadesSigner pades)
    {
        using var input = new MemoryStream(_document, writable: false);
        await pades.SignAsync(input, Stream.Null);
    }
}
