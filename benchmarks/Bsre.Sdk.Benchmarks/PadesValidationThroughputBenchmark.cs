using BenchmarkDotNet.Attributes;
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Benchmarks;

/// <summary>
/// Throughput of offline validation of one-page PAdES-B-B PDFs (<see cref="SamplePdf"/> signed with the test RSA-2048
/// key, ≈ 9 KB with its chain), one validator and one set of options shared by every thread: one after another, and on
/// every core at once (a server checking uploads). Reported per document (documents per second = 1 s / Mean; Allocated
/// is per document). Target (issue 15): ≥ 2,000 documents/s on two cores, i.e. AllCores Mean ≤ 500 µs. The threading
/// diagnoser counts lock contentions per document: threads that wait on each other instead of validating.
/// </summary>
[ThreadingDiagnoser]
public class PadesValidationThroughputBenchmark
{
    private const int BatchSize = 200;
    private PadesValidator _validator = null!;
    private byte[] _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        TestPki pki = TestPki.Create();
        using var signer = LocalSigner.FromPkcs12(pki.SignerRsa.Pkcs12, pki.SignerRsa.Password);
        using var signed = new MemoryStream();
        using (var unsigned = new MemoryStream(SamplePdf.Create("Nota dinas")))
        {
            new PadesSigner(signer).SignAsync(unsigned, signed).GetAwaiter().GetResult();
        }

        _document = signed.ToArray();
        var options = new SignatureValidationOptions { Offline = true };
        options.TrustAnchors.Add(pki.Root.Certificate);
        _validator = new PadesValidator(options);
        if (ValidateAsync().GetAwaiter().GetResult().Signatures.Count != 1)
        {
            throw new InvalidOperationException("the benchmark document has no signature");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    public async Task OneThread()
    {
        for (int i = 0; i < BatchSize; i++)
        {
            await ValidateAsync();
        }
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public Task AllCores() => Parallel.ForEachAsync(
        Enumerable.Range(0, BatchSize), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (_, _) => await ValidateAsync());

    private async Task<ValidationReport> ValidateAsync()
    {
        using var input = new MemoryStream(_document, writable: false);
        return await _validator.ValidateAsync(input);
    }
}
