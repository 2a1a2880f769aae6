using System.Security.Cryptography;
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Usage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bsre.Sdk.Samples.Worker;

/// <summary>Signs the input folder's PDFs one by one, records each signing, then stops the host.</summary>
internal sealed class BatchSigningService(
    IOptions<BatchSigningOptions> options,
    IUsageRecorder usage,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<BatchSigningService> logger) : BackgroundService
{
    private const string Level = "PAdES-B-B";
    private readonly BatchSigningOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            Environment.ExitCode = await RunAsync(stoppingToken);
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    private async Task<int> RunAsync(CancellationToken stoppingToken)
    {
        if (!Directory.Exists(_options.InputDirectory) || !File.Exists(_options.Pkcs12Path) || !File.Exists(_options.PasswordFile))
        {
            Log.BadConfiguration(logger, "Worker:InputDirectory, Worker:Pkcs12Path and Worker:PasswordFile must exist.");
            return 64;
        }

        Directory.CreateDirectory(_options.OutputDirectory);
        string[] files = [.. Directory.EnumerateFiles(_options.InputDirectory, "*.pdf").Order(StringComparer.Ordinal)];
        string password = (await File.ReadAllTextAsync(_options.PasswordFile, stoppingToken)).TrimEnd('\r', '\n');
        using LocalSigner signer = LocalSigner.FromPkcs12File(_options.Pkcs12Path, password);
        Log.Starting(logger, files.Length, _options.InputDirectory, signer.Certificate.Subject);

        var progress = new LoggingProgress(logger);
        int signed = 0;
        int failed = 0;
        try
        {
            foreach (string file in files)
            {
                stoppingToken.ThrowIfCancellationRequested();
                bool ok = await SignAndRecordAsync(signer, file, stoppingToken);
                signed += ok ? 1 : 0;
                failed += ok ? 0 : 1;
                progress.Report(new BatchProgress(signed + failed, files.Length, Path.GetFileName(file), ok));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            Log.Cancelled(logger, signed, failed, files.Length - signed - failed);
            return 130;
        }

        Log.Done(logger, signed, failed);
        return failed == 0 ? 0 : 1;
    }

    #region sign-and-record
    private async Task<bool> SignAndRecordAsync(LocalSigner signer, string input, CancellationToken cancellationToken)
    {
        byte[] sha256;
        await using (FileStream document = File.OpenRead(input))
        {
            sha256 = await SHA256.HashDataAsync(document, cancellationToken);
        }

        string output = Path.Combine(_options.OutputDirectory, Path.GetFileName(input));
        string? failure = null;
        try
        {
            // Atomic: a cancelled or failed signing leaves no output file behind.
            await new PadesSigner(signer).SignAsync(input, output, new PadesSignatureOptions { Reason = "Disetujui" }, cancellationToken);
        }
        catch (Exception e) when (e is DocumentFormatException or SigningKeyException or IOException)
        {
            failure = e.GetType().Name; // an error code, never a message that could carry document or secret text
            Log.SigningFailed(logger, Path.GetFileName(input), e.Message);
        }

        await usage.RecordAsync(
            new UsageRecord
            {
                Time = time.GetUtcNow(),
                SignerSubject = signer.Certificate.Subject,
                SignerSerial = signer.Certificate.SerialNumber,
                DocumentSha256 = Convert.ToHexStringLower(sha256),
                Level = Level,
                Outcome = failure is null ? UsageOutcome.Succeeded : UsageOutcome.Failed,
                FailureReason = failure,
            },
            CancellationToken.None); // the signing happened: record it even while stopping
        return failure is null;
    }
    #endregion
}
