using BenchmarkDotNet.Attributes;
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Pdf.Tests.Validation;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Benchmarks;

/// <summary>
/// <see cref="PadesValidator"/> on a PAdES-B-LT letter (../shared/corpus/producers/01-gs-ps2pdf-letter.pdf, or under
/// BSRE_SHARED) followed by <see cref="Updates"/> tiny form-fill updates, each compared with the revision before it:
/// the time per update must not grow with the number of revisions.
/// </summary>
public class PdfRevisionsBenchmark
{
    private byte[] _pdf = null!;
    private SignatureValidationOptions _options = null!;

    /// <summary>Gets or sets the number of incremental updates after the signature.</summary>
    [Params(10, 500, 3000)]
    public int Updates { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<ValidationReport> ValidateOffline()
    {
        ValidationReport report = await new PadesValidator(_options).ValidateAsync(new MemoryStream(_pdf, writable: false));
        // the later revisions: the DSS that B-LT signing appends, then the updates
        return report.Indication == ValidationIndication.TotalPassed && report.Signatures[0].LaterRevisions!.Count == Updates + 1
            ? report
            : throw new InvalidOperationException($"the benchmark file does not validate: {report.Indication}, {report.Signatures[0].LaterRevisions?.Count} later revisions");
    }

    private async Task SetupAsync()
    {
        string shared = Environment.GetEnvironmentVariable("BSRE_SHARED") ?? Path.GetFullPath("../shared");
        string signed = Path.GetTempFileName();
        await using (TestPkiServices services = await TestPkiServices.StartAsync())
        {
            using var http = new HttpClient();
            using var signer = LocalSigner.FromPkcs12(services.Pki.SignerRsa.Pkcs12, services.Pki.SignerRsa.Password);
            await new PadesSigner(signer).SignAsync(Path.Combine(shared, "corpus", "producers", "01-gs-ps2pdf-letter.pdf"), signed, new PadesSignatureOptions
            {
                Level = SignatureLevel.BaselineLT,
                TimestampClient = new TimestampClient(http, new TimestampClientOptions { Url = services.Tsa.Url }),
            });
            _options = new SignatureValidationOptions { Offline = true };
            _options.TrustAnchors.Add(services.Pki.Root.Certificate);
        }

        _pdf = FormFillUpdates.Append(await File.ReadAllBytesAsync(signed), Updates);
        File.Delete(signed);
        await ValidateOffline();
    }
}
