using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Benchmarks;

/// <summary>
/// <see cref="PadesValidator"/> on PAdES-B-LT files made from generated 1 MiB and 50 MiB PDFs
/// (../shared/tools/interop/make-test-pdf.sh), validated offline with the test root trusted (DSS evidence only).
/// The baseline is SHA-256 of the same file read the same way, with the SDK's fastest streamed hash (256 KiB chunks): targets are ≤ 5 ms for 1 MiB and ≤ 1.5 × the
/// baseline for 50 MiB; MemoryDiagnoser shows that allocations do not grow with the document.
/// </summary>
public class PdfValidationBenchmark
{
    /// <summary>The chunk the SDK hashes a stream in (its internal StreamHasher.ChunkSize).</summary>
    private const int HashChunk = 256 * 1024;

    private string _path = null!;
    private SignatureValidationOptions _options = null!;

    /// <summary>Gets or sets the input size in MiB.</summary>
    [Params(1, 50)]
    public int SizeMiB { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true)]
    public async Task<byte[]> HashFile()
    {
        await using var input = Open();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        byte[] buffer = new byte[HashChunk];
        int read;
        while ((read = await input.ReadAsync(buffer)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }

        return hash.GetHashAndReset();
    }

    [Benchmark]
    public async Task<ValidationReport> ValidateOffline()
    {
        await using var input = Open();
        ValidationReport report = await new PadesValidator(_options).ValidateAsync(input);
        return report.Indication == ValidationIndication.TotalPassed ? report : throw new InvalidOperationException("the benchmark file does not validate");
    }

    private FileStream Open() => new(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous);

    private async Task SetupAsync()
    {
        string unsigned = Path.GetTempFileName();
        _path = Path.GetTempFileName();
        PadesBenchmark.Generate(unsigned, SizeMiB << 20);

        await using TestPkiServices services = await TestPkiServices.StartAsync();
        using var http = new HttpClient();
        using var signer = LocalSigner.FromPkcs12(services.Pki.SignerRsa.Pkcs12, services.Pki.SignerRsa.Password);
        await new PadesSigner(signer).SignAsync(unsigned, _path, new PadesSignatureOptions
        {
            Level = SignatureLevel.BaselineLT,
            TimestampClient = new TimestampClient(http, new TimestampClientOptions { Url = services.Tsa.Url }),
        });
        File.Delete(unsigned);
        _options = new SignatureValidationOptions { Offline = true };
        _options.TrustAnchors.Add(services.Pki.Root.Certificate);
        await ValidateOffline();
    }
}
