using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;

namespace Bsre.Sdk.Benchmarks;

/// <summary>
/// PAdES-B-B (invisible, RSA-2048, SHA-256) of generated 1 MiB and 50 MiB PDFs (../shared/tools/interop/make-test-pdf.sh:
/// an incompressible image, classic xref), read from a file and written to <see cref="Stream.Null"/>, and a batch of
/// 100 tiny PDFs. Compare the large case with SHA-256 alone (openssl ≈ 1.6 GB/s: 50 MiB ≈ 33 ms) and the peers in
/// tools/interop/README.md; MemoryDiagnoser shows that allocations do not grow with the document.
/// </summary>
public class PadesBenchmark
{
    private const int BatchSize = 100;
    private string _directory = null!;
    private LocalSigner _signer = null!;
    private byte[] _tiny = null!;

    /// <summary>Gets or sets the input size in MiB.</summary>
    [Params(1, 50)]
    public int SizeMiB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("bsre-pades-bench-").FullName;
        Generate(Path.Combine(_directory, "in.pdf"), SizeMiB << 20);
        string tiny = Path.Combine(_directory, "tiny.pdf");
        Generate(tiny, 0);
        _tiny = File.ReadAllBytes(tiny);
        TestPki pki = TestPki.Create();
        _signer = LocalSigner.FromPkcs12(pki.SignerRsa.Pkcs12, pki.SignerRsa.Password);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _signer.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public async Task SignFile()
    {
        await using var input = new FileStream(Path.Combine(_directory, "in.pdf"), FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous);
        await new PadesSigner(_signer).SignAsync(input, Stream.Null);
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public async Task SignBatchOfTinyPdfs()
    {
        var pades = new PadesSigner(_signer);
        for (int i = 0; i < BatchSize; i++)
        {
            using var input = new MemoryStream(_tiny, writable: false);
            await pades.SignAsync(input, Stream.Null);
        }
    }

    /// <summary>Writes a generated PDF of <paramref name="size"/> bytes with ../shared/tools/interop/make-test-pdf.sh.</summary>
    internal static void Generate(string path, int size)
    {
        string tool = Environment.GetEnvironmentVariable("BSRE_MAKE_TEST_PDF") ?? FindUp("shared/tools/interop/make-test-pdf.sh")
            ?? throw new InvalidOperationException("make-test-pdf.sh not found above the working directory; set BSRE_MAKE_TEST_PDF.");
        var info = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardOutput = true };
        info.ArgumentList.Add(tool);
        info.ArgumentList.Add(path);
        info.ArgumentList.Add(size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var process = Process.Start(info)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(path))
        {
            throw new InvalidOperationException($"{tool} failed; set BSRE_MAKE_TEST_PDF to the make-test-pdf.sh script.");
        }
    }

    private static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
