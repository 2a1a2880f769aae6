using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Pdf.Tests;

/// <summary>Deferred signing: prepare, sign elsewhere (CMS or raw value), complete; and the one-call API with an ExternalSigner.</summary>
public sealed class TwoPhaseSigningTests
{
    [SkippableFact]
    public async Task Prepared_document_completed_with_a_remote_CMS_verifies()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        using var signer = env.CreateSigner();
        var certificates = await signer.GetCertificatesAsync();
        string path = env.NewOutputPath("two-phase-cms.pdf");
        string json;
        await using (var input = File.OpenRead(Path.Combine(SharedPaths.Corpus, "09-libreoffice-report-docx.pdf")))
        await using (var prepared = File.Create(path))
        {
            var state = await new PadesTwoPhaseSigner().PrepareAsync(input, prepared, certificates, new PadesSignatureOptions { Reason = "Remote" });
            json = state.ToJson();
        }

        var restored = PadesPreparedSignature.FromJson(json);
        byte[] cms = await new CadesSigner(signer, new CadesSignatureOptions { IncludeSigningTime = false })
            .SignDigestAsync(restored.DocumentDigest, restored.HashAlgorithm);
        await using (var document = File.Open(path, FileMode.Open, FileAccess.ReadWrite))
        {
            await new PadesTwoPhaseSigner().CompleteAsync(document, restored, cms);
        }

        await PdfAssert.QpdfCleanAsync(path);
        await PdfAssert.PdfsigValidAsync(env, path);
    }

    [SkippableFact]
    public async Task Prepared_document_completed_with_a_raw_ecdsa_value_and_timestamp_verifies()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        using var hsm = env.CreateSigner(env.Pki.SignerEcdsa);
        var certificates = await hsm.GetCertificatesAsync();
        using var prepared = new MemoryStream();
        await using (var input = File.OpenRead(Path.Combine(SharedPaths.Corpus, "04-pdflatex-letter.pdf")))
        {
            var options = new PadesSignatureOptions { Level = SignatureLevel.BaselineT };
            var state = await new PadesTwoPhaseSigner().PrepareAsync(input, prepared, certificates, options);
            SignatureRequest request = await new PadesTwoPhaseSigner().CreateSignatureRequestAsync(state, certificates);
            byte[] value = await hsm.SignAsync(request);
            await new PadesTwoPhaseSigner().CompleteAsync(prepared, state, value, certificates, env.CreateTimestampClient());
        }

        string path = env.NewOutputPath("two-phase-raw.pdf");
        await File.WriteAllBytesAsync(path, prepared.ToArray());
        await PdfAssert.QpdfCleanAsync(path);
        await PdfAssert.PdfsigValidAsync(env, path);
    }

    [SkippableFact]
    public async Task Completion_refuses_another_document_or_a_CMS_over_another_digest()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        using var signer = env.CreateSigner();
        var certificates = await signer.GetCertificatesAsync();
        using var prepared = new MemoryStream();
        await using var input = File.OpenRead(Path.Combine(SharedPaths.Corpus, "01-gs-ps2pdf-letter.pdf"));
        var state = await new PadesTwoPhaseSigner().PrepareAsync(input, prepared, certificates);
        byte[] other = await new CadesSigner(signer, new CadesSignatureOptions { IncludeSigningTime = false }).SignDigestAsync(new byte[32], state.HashAlgorithm);
        await Assert.ThrowsAsync<DocumentFormatException>(() => new PadesTwoPhaseSigner().CompleteAsync(prepared, state, other));
        var tooLarge = await Assert.ThrowsAsync<DocumentFormatException>(() => new PadesTwoPhaseSigner().CompleteAsync(prepared, state, new byte[state.ContentsCapacity + 1]));
        Assert.Contains("does not fit", tooLarge.Message, StringComparison.Ordinal);

        byte[] good = await new CadesSigner(signer, new CadesSignatureOptions { IncludeSigningTime = false }).SignDigestAsync(state.DocumentDigest, state.HashAlgorithm);
        prepared.Position = 100;
        prepared.WriteByte((byte)'X');
        await Assert.ThrowsAsync<DocumentFormatException>(() => new PadesTwoPhaseSigner().CompleteAsync(prepared, state, good));
        Assert.Throws<DocumentFormatException>(() => PadesPreparedSignature.FromJson("{\"version\":1}"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(SignatureScheme.RsaPss)]
    [InlineData(SignatureScheme.Ecdsa)]
    public void The_state_keeps_its_signature_scheme_through_JSON(SignatureScheme? scheme)
    {
        var state = new PadesPreparedSignature(new byte[32], System.Security.Cryptography.HashAlgorithmName.SHA256, 1000, 8192, 20000, scheme);

        Assert.Equal(scheme, PadesPreparedSignature.FromJson(state.ToJson()).SignatureScheme);
    }

    [Theory]
    [InlineData("true", SignatureScheme.RsaPss)]
    [InlineData("false", null)]
    public void A_state_written_with_the_earlier_rsaPss_flag_is_still_read(string rsaPss, SignatureScheme? scheme)
    {
        string json = $$"""{"version":1,"digest":"{{Convert.ToBase64String(new byte[32])}}","hash":"SHA256","contentsOffset":1000,"contentsCapacity":8192,"preparedLength":20000,"rsaPss":{{rsaPss}}}""";

        Assert.Equal(scheme, PadesPreparedSignature.FromJson(json).SignatureScheme);
    }

    [Fact]
    public void A_state_with_an_unknown_scheme_is_a_format_error()
    {
        string json = $$"""{"version":1,"digest":"{{Convert.ToBase64String(new byte[32])}}","hash":"SHA256","contentsOffset":1000,"contentsCapacity":8192,"preparedLength":20000,"signatureScheme":"Rot13"}""";

        var e = Assert.Throws<DocumentFormatException>(() => PadesPreparedSignature.FromJson(json));

        Assert.Contains("Rot13", e.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task One_call_api_works_with_an_ExternalSigner()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        using var local = env.CreateSigner();
        int calls = 0;
        using var external = new ExternalSigner(local.GetCertificatesAsync, (request, ct) =>
        {
            Interlocked.Increment(ref calls);
            return local.SignAsync(request, ct);
        });
        string path = env.NewOutputPath("external.pdf");
        await new PadesSigner(external).SignAsync(Path.Combine(SharedPaths.Corpus, "16-qpdf-objstm-disable.pdf"), path);
        Assert.Equal(1, calls);
        await PdfAssert.PdfsigValidAsync(env, path);
    }
}
