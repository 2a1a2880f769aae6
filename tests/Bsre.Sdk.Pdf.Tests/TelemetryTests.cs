using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.TestUtils;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Pdf.Tests;

/// <summary>The SDK's activities, metrics and log events for a PAdES sign and a verify: names, tags, and no secret anywhere.</summary>
public sealed class TelemetryTests
{
    private const string TsaUser = "tsa-operator";
    private const string TsaPassword = "Tsa#Secret-2026";

    [SkippableFact]
    public async Task Sign_and_verify_report_activities_metrics_and_logs_without_secrets()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        using var collector = new TelemetryCollector(BsreTelemetry.Name, BsrePdfTelemetry.Name);
        using var signer = env.CreateSigner();
        var tsa = new TimestampClient(new HttpClient(), new TimestampClientOptions { Url = env.Tsa.Url, Username = TsaUser, Password = TsaPassword });
        using var signed = new MemoryStream();
        await using (var input = File.OpenRead(SharedPaths.CorpusFile("04-pdflatex-letter.pdf")))
        {
            await new PadesSigner(signer, loggerFactory: collector.LoggerFactory)
                .SignAsync(input, signed, new PadesSignatureOptions { Level = SignatureLevel.BaselineT, TimestampClient = tsa, Reason = "Telemetry" });
        }

        var options = new SignatureValidationOptions();
        options.TrustAnchors.Add(env.Pki.Root.Certificate);
        var validator = new PadesValidator(options, revocationCache: new RevocationCache(), loggerFactory: collector.LoggerFactory);
        for (int run = 0; run < 2; run++)
        {
            signed.Position = 0;
            ValidationReport report = await validator.ValidateAsync(signed, "signed.pdf");
            Assert.Equal(ValidationIndication.TotalPassed, report.Indication);
        }

        var activities = collector.Activities;
        var sign = Assert.Single(activities, a => a.OperationName == "bsre.pdf.sign");
        Assert.Equal(BsrePdfTelemetry.Name, sign.Source.Name);
        Assert.Equal("BaselineT", sign.GetTagItem("bsre.signature.level"));
        var cms = Assert.Single(activities, a => a.OperationName == "bsre.cades.sign");
        Assert.Equal(sign.SpanId, cms.ParentSpanId);
        Assert.Equal(BsreTelemetry.Name, cms.Source.Name);
        var tsaCall = Assert.Single(activities, a => a.OperationName == "bsre.tsa.request");
        Assert.Equal(cms.SpanId, tsaCall.ParentSpanId);
        Assert.Equal("127.0.0.1", tsaCall.GetTagItem("server.address"));
        Assert.Equal(2, activities.Count(a => a.OperationName == "bsre.pdf.validate"));
        Assert.Contains(activities, a => a.OperationName == "bsre.revocation.fetch" && (string?)a.GetTagItem("bsre.revocation.source") is "ocsp" or "crl");
        Assert.All(activities, a => Assert.NotEqual(System.Diagnostics.ActivityStatusCode.Error, a.Status));

        var measurements = collector.Measurements.ToList();
        Assert.Contains(measurements, m => m.Instrument == "bsre.pdf.signing.duration" && (string?)m.Tag("bsre.pdf.operation") == "sign" && m.Value > 0);
        Assert.Contains(measurements, m => m.Instrument == "bsre.cades.sign.duration" && (string?)m.Tag("bsre.hash.algorithm") == "SHA256");
        Assert.Contains(measurements, m => m.Instrument == "bsre.tsa.request.duration" && m.Tag("error.type") is null);
        Assert.Contains(measurements, m => m.Instrument == "bsre.pdf.validation.duration" && (string?)m.Tag("bsre.validation.indication") == "TotalPassed");
        Assert.Contains(measurements, m => m.Instrument == "bsre.pdf.validation.signatures" && (string?)m.Tag("bsre.validation.indication") == "TotalPassed");
        Assert.Contains(measurements, m => m.Instrument == "bsre.revocation.fetch.duration");
        Assert.Contains(measurements, m => m.Instrument == "bsre.revocation.cache.lookups" && (string?)m.Tag("bsre.revocation.cache.result") == "miss");
        Assert.Contains(measurements, m => m.Instrument == "bsre.revocation.cache.lookups" && (string?)m.Tag("bsre.revocation.cache.result") == "memory_hit");

        Assert.Contains(collector.Logs, l => l.EventId.Id == BsreEventId.PdfSigned && l.EventId.Name == nameof(BsreEventId.PdfSigned));
        Assert.Equal(2, collector.Logs.Count(l => l.EventId.Id == BsreEventId.PdfValidated));

        string[] secrets = [env.Pki.SignerRsa.Password, TsaPassword, Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{TsaUser}:{TsaPassword}"))];
        foreach (string text in collector.AllText())
        {
            Assert.DoesNotContain(secrets, secret => text.Contains(secret, StringComparison.Ordinal));
        }
    }

    [SkippableFact]
    public async Task A_failed_TSA_call_is_an_error_span_tagged_with_its_failure()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        using var collector = new TelemetryCollector(BsreTelemetry.Name, BsrePdfTelemetry.Name);
        using var signer = env.CreateSigner();
        var closed = new TimestampClient(new HttpClient(), new TimestampClientOptions { Url = new Uri("http://127.0.0.1:9/tsa"), Timeout = TimeSpan.FromSeconds(5) });
        await using var input = File.OpenRead(SharedPaths.CorpusFile("04-pdflatex-letter.pdf"));
        await Assert.ThrowsAsync<TimestampException>(() => new PadesSigner(signer, loggerFactory: collector.LoggerFactory)
            .SignAsync(input, Stream.Null, new PadesSignatureOptions { Level = SignatureLevel.BaselineT, TimestampClient = closed }));

        var tsaCall = Assert.Single(collector.Activities, a => a.OperationName == "bsre.tsa.request");
        Assert.Equal(System.Diagnostics.ActivityStatusCode.Error, tsaCall.Status);
        Assert.Equal("ServiceUnavailable", tsaCall.GetTagItem("error.type"));
        var sign = Assert.Single(collector.Activities, a => a.OperationName == "bsre.pdf.sign");
        Assert.Equal(typeof(TimestampException).FullName, sign.GetTagItem("error.type"));
        Assert.Contains(collector.Logs, l => l.EventId.Id == BsreEventId.PdfSigningFailed);
    }

    [SkippableFact]
    public async Task Timestamping_extending_two_phase_and_batch_signing_each_log_their_event_naming_the_signer_by_thumbprint()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        using var collector = new TelemetryCollector(BsreTelemetry.Name, BsrePdfTelemetry.Name);
        using var signer = env.CreateSigner();
        SignerCertificates certificates = await signer.GetCertificatesAsync();
        string thumbprint = certificates.SigningCertificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256);

        using var timestamped = new MemoryStream();
        await new PadesTimestamper(env.CreateTimestampClient(), collector.LoggerFactory).TimestampAsync(new MemoryStream(SamplePdf.Create()), timestamped);
        timestamped.Position = 0;
        var extension = new PadesExtensionOptions();
        extension.ExtraCertificates.Add(env.Pki.Root.Certificate);
        await new PadesExtender(loggerFactory: collector.LoggerFactory).ExtendAsync(timestamped, Stream.Null, extension);

        var twoPhase = new PadesTwoPhaseSigner(loggerFactory: collector.LoggerFactory);
        using var prepared = new MemoryStream();
        PadesPreparedSignature state = await twoPhase.PrepareAsync(new MemoryStream(SamplePdf.Create()), prepared, certificates);
        byte[] value = await signer.SignAsync(await twoPhase.CreateSignatureRequestAsync(state, certificates));
        await twoPhase.CompleteAsync(prepared, state, value, certificates);

        string directory = env.NewOutputPath("batch");
        Directory.CreateDirectory(directory);
        await File.WriteAllBytesAsync(Path.Combine(directory, "a.pdf"), SamplePdf.Create());
        await new PadesBatchSigner(signer, loggerFactory: collector.LoggerFactory).SignDirectoryAsync(directory, Path.Combine(directory, "signed"));

        var logs = collector.Logs.ToList();
        Assert.Contains(logs, l => l.EventId.Id == BsreEventId.PdfTimestamped && l.EventId.Name == nameof(BsreEventId.PdfTimestamped));
        Assert.Contains(logs, l => l.EventId.Id == BsreEventId.PdfExtended && l.Message.Contains("BaselineLT", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.EventId.Id == BsreEventId.PdfSignaturePrepared && l.Message.Contains(thumbprint, StringComparison.Ordinal));
        Assert.Contains(logs, l => l.EventId.Id == BsreEventId.PdfSignatureCompleted);
        Assert.Contains(logs, l => l.EventId.Id == BsreEventId.SignatureCreated && l.Message.Contains(thumbprint, StringComparison.Ordinal));
        var batch = Assert.Single(logs, l => l.EventId.Id == BsreEventId.PdfBatchSigned);
        Assert.Contains(thumbprint, batch.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(PadesBatchSigner).FullName, batch.Category);
        string subject = certificates.SigningCertificate.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, forIssuer: false);
        Assert.DoesNotContain(collector.AllText(), text => text.Contains(subject, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_failed_extension_logs_its_failure()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        using var collector = new TelemetryCollector(BsreTelemetry.Name, BsrePdfTelemetry.Name);
        await Assert.ThrowsAsync<DocumentFormatException>(() => new PadesExtender(loggerFactory: collector.LoggerFactory)
            .ExtendAsync(new MemoryStream(SamplePdf.Create()), Stream.Null, new PadesExtensionOptions()));

        var failed = Assert.Single(collector.Logs, l => l.EventId.Id == BsreEventId.PdfExtensionFailed);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, failed.Level);
    }
}
