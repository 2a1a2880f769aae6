using System.Net;
using Bsre.Sdk.Client.Tests.Fakes;
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Testing.Emulator;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;
using static Bsre.Sdk.Client.Tests.Emulator.EmulatorFixture;

namespace Bsre.Sdk.Client.Tests.Emulator;

/// <summary>
/// The emulator as a development environment: its PKI survives restarts (<c>--pki DIR</c>), it answers the OCSP, CRL and
/// TSA addresses it prints, what it signs is trusted by pdfsig through the root.pem it wrote (the emulator README's
/// steps), and a document over its upload limit is a typed, non-transient error in the client.
/// </summary>
public sealed class EmulatorDevelopmentEnvironmentTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bsre-devenv-").FullName;

    [SkippableFact]
    public async Task The_PKI_survives_a_restart_and_pdfsig_trusts_what_is_signed_after_it_through_the_root_pem_written_before()
    {
        Skip.IfNot(PdfSig.Available, "pdfsig or certutil is not installed.");
        string pki = Path.Combine(_directory, "pki");
        Uri url;
        string rootThumbprint;
        await using (BsreEmulator first = await BsreEmulator.StartAsync(Options(new Uri("http://127.0.0.1:0"), pki)))
        {
            url = first.BaseUrl;
            rootThumbprint = first.Pki.Root.Certificate.Thumbprint;
        }

        byte[] signerKeyFile = await File.ReadAllBytesAsync(Path.Combine(pki, "signer-rsa.p12"));
        await using BsreEmulator second = await BsreEmulator.StartAsync(Options(url, pki));
        string signed = Path.Combine(_directory, "signed.pdf");
        await using (SignedDocument document = await Client(second).SignV1Async(new SignV1Request { Nik = Budi, Passphrase = Passphrase, Document = new MemoryStream(SamplePdf.Create()) }))
        {
            await File.WriteAllBytesAsync(signed, await document.ToArrayAsync());
        }

        Assert.Equal(rootThumbprint, second.Pki.Root.Certificate.Thumbprint);
        Assert.Equal(signerKeyFile, await File.ReadAllBytesAsync(Path.Combine(pki, "signer-rsa.p12"))); // reused, not rewritten
        string report = await PdfSig.VerifyAsync(signed, Path.Combine(pki, "root.pem"));
        Assert.Contains("Signature is Valid", report, StringComparison.Ordinal);
        Assert.Contains("Certificate is Trusted", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_PKI_made_for_another_address_is_refused_naming_both()
    {
        string pki = Path.Combine(_directory, "other");
        TestPki.Create(new TestPkiOptions { ServiceBaseUrl = new Uri("http://127.0.0.1:1/pki/") }).WriteTo(pki);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => BsreEmulator.StartAsync(Options(new Uri("http://127.0.0.1:0"), pki)));

        Assert.Contains("http://127.0.0.1:1/pki/", error.Message, StringComparison.Ordinal);
        Assert.Contains("--urls http://127.0.0.1:1", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Its_OCSP_CRL_and_TSA_addresses_answer_so_local_B_LT_signing_works_and_pdfsig_trusts_it()
    {
        await using BsreEmulator emulator = await BsreEmulator.StartAsync(Options(new Uri("http://127.0.0.1:0"), pki: null));
        using var http = new HttpClient();
        byte[] crl = await http.GetByteArrayAsync(emulator.CrlUrl);
        Assert.Equal(emulator.Pki.IntermediateCrl, crl);

        using var signer = LocalSigner.FromPkcs12(emulator.Pki.SignerRsa.Pkcs12, emulator.Pki.SignerRsa.Password);
        var options = new PadesSignatureOptions
        {
            Level = SignatureLevel.BaselineLT,
            TimestampClient = new TimestampClient(http, new TimestampClientOptions { Url = emulator.TimestampUrl }),
        };
        string signed = Path.Combine(_directory, "b-lt.pdf");
        string input = Path.Combine(_directory, "in.pdf");
        await File.WriteAllBytesAsync(input, SamplePdf.Create());
        await new PadesSigner(signer, http).SignAsync(input, signed, options);

        var validation = new SignatureValidationOptions { Offline = true }; // B-LT: the OCSP answers the emulator gave are in the file
        validation.TrustAnchors.Add(emulator.Pki.Root.Certificate);
        ValidationReport result = await new PadesValidator(validation).ValidateAsync(signed);
        SignatureValidationResult signature = Assert.Single(result.Signatures, s => s.Kind == SignatureKind.Signature);
        Assert.Equal(ValidationIndication.TotalPassed, signature.Indication);
        Assert.Equal("PAdES-BASELINE-LT", signature.Level);

        Skip.IfNot(PdfSig.Available, "pdfsig or certutil is not installed.");
        string root = Path.Combine(_directory, "root.pem");
        await File.WriteAllTextAsync(root, emulator.Pki.Root.Certificate.ExportCertificatePem());
        string report = await PdfSig.VerifyAsync(signed, root);
        Assert.Contains("Signature is Valid", report, StringComparison.Ordinal);
        Assert.Contains("Certificate is Trusted", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_over_the_upload_limit_is_DocumentTooLarge_not_transient_and_sent_once()
    {
        EmulatorOptions options = Options(new Uri("http://127.0.0.1:0"), pki: null);
        options.MaxRequestBodySize = 64 * 1024;
        await using BsreEmulator emulator = await BsreEmulator.StartAsync(options);
        var counting = new CountingHandler();
        var client = new BsreClient(new HttpClient(counting) { Timeout = Timeout.InfiniteTimeSpan }, ClientOptions(emulator));
        byte[] large = [.. SamplePdf.Create(), .. new byte[100 * 1024]];

        var sign = await Assert.ThrowsAsync<BsreException>(() => client.SignV1Async(new SignV1Request { Nik = Budi, Passphrase = Passphrase, Document = new MemoryStream(large) }));
        var verify = await Assert.ThrowsAsync<BsreException>(() => client.VerifyV1Async(new MemoryStream(large)));

        foreach (BsreException error in (BsreException[])[sign, verify])
        {
            Assert.Equal(BsreErrorCode.DocumentTooLarge, error.ErrorCode);
            Assert.False(error.IsTransient);
            Assert.Equal(413, error.Status);
            Assert.Contains("melebihi batas 65536 byte", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(2, counting.Requests); // verify is retried after transient failures: this one was not
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static EmulatorOptions Options(Uri url, string? pki) => new() { Url = url, PkiDirectory = pki, ConsoleLogging = false };

    private static BsreClient Client(BsreEmulator emulator) => new(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, ClientOptions(emulator));

    private static BsreClientOptions ClientOptions(BsreEmulator emulator)
    {
        var options = new BsreClientOptions { RetryDelay = TimeSpan.Zero };
        emulator.ConfigureClient(options);
        return options;
    }

    private sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _requests;

        public int Requests => Volatile.Read(ref _requests);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
