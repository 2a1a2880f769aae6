using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Timestamping;

namespace Bsre.Sdk.Pdf.Tests;

/// <summary>
/// The signing session's promises: per signature the certificates are fetched once, the key signs once and the TSA is
/// asked once, also when the signature turns out larger than the /Contents reserved for it (a typed error, nothing written).
/// </summary>
public sealed class SigningSessionTests
{
    [SkippableFact]
    public async Task A_BT_signature_costs_one_certificate_fetch_one_key_operation_and_one_TSA_request()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        await using var tsa = await TimestampAuthorityServer.StartAsync(env.Pki.Tsa, env.Pki.Chain);
        using var key = env.CreateSigner();
        using var counting = new CountingSigner(key);
        string output = env.NewOutputPath("session-bt.pdf");
        await new PadesSigner(counting).SignAsync(SharedPaths.CorpusFile("04-pdflatex-letter.pdf"), output, Options(tsa.Url));

        Assert.Equal((1, 1, 1), (counting.CertificateFetches, counting.KeyOperations, tsa.RequestCount));
        await PdfAssert.PdfsigValidAsync(env, output);
    }

    [SkippableFact]
    public async Task A_token_larger_than_the_estimate_is_a_typed_error_after_one_key_operation_and_one_TSA_request()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        // a TSA that embeds 40 extra certificates in its tokens: about 20 KB, more than the 12 KiB the estimate reserves
        var padding = Enumerable.Range(0, 40).Select(i => env.Pki.IssueSigner($"padding-{i}", $"Padding {i}", TestKeyAlgorithm.EcdsaP256).Certificate);
        await using var tsa = await TimestampAuthorityServer.StartAsync(env.Pki.Tsa, [.. env.Pki.Chain, .. padding]);
        using var key = env.CreateSigner();
        using var counting = new CountingSigner(key);
        using var output = new MemoryStream();
        await using var input = File.OpenRead(SharedPaths.CorpusFile("04-pdflatex-letter.pdf"));

        var error = await Assert.ThrowsAsync<DocumentLimitException>(() => new PadesSigner(counting).SignAsync(input, output, Options(tsa.Url)));

        Assert.Equal("PadesSignatureOptions.ContentsSize", error.Limit);
        Assert.Contains("set PadesSignatureOptions.ContentsSize to at least", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1, 1), (counting.CertificateFetches, counting.KeyOperations, tsa.RequestCount));
        Assert.Equal(0, output.Length);
    }

    [SkippableFact]
    public async Task After_a_token_that_did_not_fit_the_next_signature_with_that_TSA_fits_with_one_key_operation_and_one_TSA_request()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        var padding = Enumerable.Range(0, 40).Select(i => env.Pki.IssueSigner($"padding-{i}", $"Padding {i}", TestKeyAlgorithm.EcdsaP256).Certificate);
        await using var tsa = await TimestampAuthorityServer.StartAsync(env.Pki.Tsa, [.. env.Pki.Chain, .. padding]);
        using var key = env.CreateSigner();
        await using (var input = File.OpenRead(SharedPaths.CorpusFile("04-pdflatex-letter.pdf")))
        {
            await Assert.ThrowsAsync<DocumentLimitException>(() => new PadesSigner(key).SignAsync(input, Stream.Null, Options(tsa.Url)));
        }

        using var counting = new CountingSigner(key);
        string output = env.NewOutputPath("measured-token.pdf");
        await new PadesSigner(counting).SignAsync(SharedPaths.CorpusFile("04-pdflatex-letter.pdf"), output, Options(tsa.Url));

        Assert.Equal((1, 1, 2), (counting.CertificateFetches, counting.KeyOperations, tsa.RequestCount));
        await PdfAssert.PdfsigValidAsync(env, output);
        var signature = SignedPdfInspector.Read(await File.ReadAllBytesAsync(output)).Single();
        Assert.InRange(signature.Contents.Length - signature.ContentsDer.Length, 0, 1024 + 16); // the measured token's size and its variation
    }

    [SkippableTheory]
    [InlineData("signer-rsa")]
    [InlineData("signer-ecdsa-p384")]
    [InlineData("signer-ed25519")]
    public async Task The_contents_reserved_for_a_BB_signature_is_its_dry_run_size(string name)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        using var key = env.CreateSigner(env.Pki.Leaves.Single(l => l.Name == name));
        string output = env.NewOutputPath($"dry-run-{name}.pdf");
        await new PadesSigner(key).SignAsync(SharedPaths.CorpusFile("04-pdflatex-letter.pdf"), output);

        var signature = SignedPdfInspector.Read(await File.ReadAllBytesAsync(output)).Single();
        Assert.InRange(signature.Contents.Length - signature.ContentsDer.Length, 0, 4); // 0 but for a shorter DER ECDSA value
    }

    [SkippableFact]
    public async Task A_document_timestamp_larger_than_its_placeholder_is_a_typed_error_after_one_TSA_request()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        await using var tsa = await TimestampAuthorityServer.StartAsync(env.Pki.Tsa, env.Pki.Chain);
        var client = new TimestampClient(new HttpClient(), new TimestampClientOptions { Url = tsa.Url });
        using var output = new MemoryStream();
        await using var input = File.OpenRead(SharedPaths.CorpusFile("04-pdflatex-letter.pdf"));

        var error = await Assert.ThrowsAsync<DocumentLimitException>(() => new PadesTimestamper(client)
            .TimestampAsync(input, output, new PadesTimestampOptions { ContentsSize = 512 }));

        Assert.Equal("PadesTimestampOptions.ContentsSize", error.Limit);
        Assert.Equal(1, tsa.RequestCount);
        Assert.Equal(0, output.Length);
    }

    [SkippableFact]
    public async Task A_BLT_signature_has_one_clock_for_its_signing_time_and_its_validation_data()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        var clock = new FrozenClock(DateTimeOffset.UtcNow.AddMinutes(3).AddTicks(-(DateTimeOffset.UtcNow.Ticks % TimeSpan.TicksPerSecond)));
        using var key = env.CreateSigner();
        string output = env.NewOutputPath("one-clock.pdf");
        var options = Options(env.Tsa.Url);
        options.Level = SignatureLevel.BaselineLT;
        await new PadesSigner(key, timeProvider: clock).SignAsync(SharedPaths.CorpusFile("01-gs-ps2pdf-letter.pdf"), output, options);

        await using var stream = File.OpenRead(output);
        var file = PdfFile.Open(stream);
        var signature = SignatureLocator.Find(file, new PdfLimits()).Single();
        var vri = file.ResolveDictionary(file.ResolveDictionary(file.Catalog["DSS"])!["VRI"])!;
        var entry = file.ResolveDictionary(Assert.Single(vri.Entries).Value)!;
        Assert.Equal(clock.At.ToUnixTimeSeconds(), PdfDateParser.Parse(signature.Dictionary["M"])?.ToUnixTimeSeconds());
        Assert.Equal(clock.At.ToUnixTimeSeconds(), PdfDateParser.Parse(entry["TU"])?.ToUnixTimeSeconds());
    }

    private static PadesSignatureOptions Options(Uri tsa) => new()
    {
        Level = SignatureLevel.BaselineT,
        TimestampClient = new TimestampClient(new HttpClient(), new TimestampClientOptions { Url = tsa }),
    };

    /// <summary>A clock stopped at one instant (a few minutes ahead, so that fresh OCSP responses are not from its future).</summary>
    private sealed class FrozenClock(DateTimeOffset at) : TimeProvider
    {
        public DateTimeOffset At => at;

        public override DateTimeOffset GetUtcNow() => at;
    }

    /// <summary>A signer that counts what is asked of it and passes it on.</summary>
    private sealed class CountingSigner(Signer inner) : Signer
    {
        private int _certificateFetches;
        private int _keyOperations;

        public int CertificateFetches => _certificateFetches;

        public int KeyOperations => _keyOperations;

        public override ValueTask<SignerCertificates> GetCertificatesAsync(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _certificateFetches);
            return inner.GetCertificatesAsync(cancellationToken);
        }

        public override ValueTask<byte[]> SignAsync(SignatureRequest request, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _keyOperations);
            return inner.SignAsync(request, cancellationToken);
        }
    }
}
