using Bsre.Sdk.Internal;
using Bsre.Sdk.Pdf.Diagnostics;
using Bsre.Sdk.Pdf.Signing;
using Bsre.Sdk.Signing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bsre.Sdk.Pdf;

/// <summary>
/// Signs many PDFs with one batch of signature values: each document is prepared as in two-phase signing
/// (<see cref="PadesTwoPhaseSigner"/>), all their digests go to <see cref="Signer.SignBatchAsync"/> at once, and each is
/// then completed (B-T with the timestamp, B-LT and B-LTA extended) and moved into place. A CSC remote signer thus asks
/// for one PIN/OTP and makes few calls for a whole folder; a PKCS#11 signer signs on its parallel sessions.
/// </summary>
/// <remarks>
/// Documents are streamed through temporary files beside their outputs (memory does not grow with their size); an output
/// appears only when its document is complete, and no temporary file is left behind after a failure.
/// </remarks>
/// <example>
/// <code>
/// var signer = new CscSigner(cscClient, new CscSignerOptions { CredentialId = id, AuthenticationData = AskPinAndOtpAsync });
/// await new PadesBatchSigner(signer).SignDirectoryAsync("incoming", "signed", new PadesSignatureOptions { Reason = "Disetujui" });
/// </code>
/// </example>
public sealed class PadesBatchSigner
{
    private readonly Signer _signer;
    private readonly PadesTwoPhaseSigner _twoPhase;
    private readonly PadesExtender _extender;
    private readonly ILogger _logger;

    /// <summary>Creates a batch PDF signer.</summary>
    /// <param name="signer">Makes the signature values: a <c>CscSigner</c>, a <c>Pkcs11Signer</c>, a local key, or your own.</param>
    /// <param name="httpClient">The client for B-LT and B-LTA revocation fetches, as for <see cref="PadesSigner"/>; <see langword="null"/> for the shared one.</param>
    /// <param name="timeProvider">The clock of /M and of the B-LT step, as for <see cref="PadesSigner"/>; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="loggerFactory">Creates the loggers (event ids 4000-4999); <see langword="null"/> for none.</param>
    public PadesBatchSigner(Signer signer, HttpClient? httpClient = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(signer);
        _signer = signer;
        loggerFactory ??= NullLoggerFactory.Instance;
        _twoPhase = new PadesTwoPhaseSigner(timeProvider, loggerFactory);
        _extender = new PadesExtender(httpClient, timeProvider, loggerFactory);
        _logger = loggerFactory.CreateLogger<PadesBatchSigner>();
    }

    /// <summary>Signs every document of <paramref name="documents"/> with one <see cref="Signer.SignBatchAsync"/> call.</summary>
    /// <param name="documents">The documents and their outputs.</param>
    /// <param name="options">How to sign each; defaults to an invisible PAdES-B-B signature.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when every output is in place.</returns>
    /// <remarks>An existing output file is replaced, as by <see cref="PadesSigner"/>; inputs are never modified.</remarks>
    /// <exception cref="ArgumentException">An output is one of the inputs, or two documents share an output (checked before anything is signed).</exception>
    /// <exception cref="DocumentFormatException">A document is not a readable PDF or the request does not fit it (nothing is signed then).</exception>
    /// <exception cref="PdfPasswordException">A document is encrypted and <see cref="PadesSignatureOptions.PdfPassword"/> does not open it.</exception>
    public async Task SignAsync(IReadOnlyList<PadesBatchDocument> documents, PadesSignatureOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        OutputFile.EnsureDistinct([.. documents.Select(document => (document.InputPath, document.OutputPath))], nameof(documents));
        options ??= new PadesSignatureOptions();
        if (options.Level != SignatureLevel.BaselineB && options.TimestampClient is null)
        {
            throw new ArgumentException("PAdES B-T and higher need PadesSignatureOptions.TimestampClient.", nameof(options));
        }

        using var telemetry = TelemetryScope.Start(BsrePdfTelemetry.Source, "bsre.pdf.batch", BsrePdfTelemetry.SigningDuration);
        telemetry.SetTag("bsre.pdf.operation", "batch");
        telemetry.SetTag("bsre.signature.level", options.Level.ToString());
        try
        {
            string thumbprint = await SignCoreAsync(documents, options, cancellationToken).ConfigureAwait(false);
            PdfLog.BatchSigned(_logger, documents.Count, options.Level, thumbprint, (long)telemetry.Elapsed.TotalMilliseconds);
        }
        catch (Exception e)
        {
            telemetry.Fail(e);
            PdfLog.SigningFailed(_logger, "batch", options.Level, e.GetType().Name, e);
            throw;
        }
    }

    /// <summary>Prepares every document, signs all digests in one batch, completes each; returns the signer's thumbprint.</summary>
    private async Task<string> SignCoreAsync(IReadOnlyList<PadesBatchDocument> documents, PadesSignatureOptions options, CancellationToken cancellationToken)
    {
        SignerCertificates certificates = await _signer.GetCertificatesAsync(cancellationToken).ConfigureAwait(false);
        var prepared = new List<(PadesBatchDocument Document, string Temporary, PadesPreparedSignature State)>(documents.Count);
        try
        {
            foreach (PadesBatchDocument document in documents)
            {
                string temporary = AtomicOutput.TemporaryBeside(document.OutputPath);
                prepared.Add((document, temporary, await PrepareAsync(document.InputPath, temporary, certificates, options, cancellationToken).ConfigureAwait(false)));
            }

            var requests = new SignatureRequest[prepared.Count];
            for (int i = 0; i < requests.Length; i++)
            {
                requests[i] = await _twoPhase.CreateSignatureRequestAsync(prepared[i].State, certificates, cancellationToken).ConfigureAwait(false);
            }

            IReadOnlyList<byte[]> values = await _signer.SignBatchAsync(requests, cancellationToken).ConfigureAwait(false);
            if (values.Count != requests.Length)
            {
                throw new InvalidOperationException($"{_signer.GetType().Name}.SignBatchAsync returned {values.Count} signature values for {requests.Length} requests.");
            }

            for (int i = 0; i < requests.Length; i++)
            {
                await CompleteAsync(prepared[i].Document, prepared[i].Temporary, prepared[i].State, values[i], certificates, options, cancellationToken).ConfigureAwait(false);
            }

            return PdfLog.Thumbprint(certificates);
        }
        finally
        {
            foreach (var (_, temporary, _) in prepared)
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Signs every <c>*.pdf</c> file directly in <paramref name="inputDirectory"/> into <paramref name="outputDirectory"/>, under the same names.</summary>
    /// <param name="inputDirectory">The folder of PDFs (subfolders are not searched).</param>
    /// <param name="outputDirectory">Where the signed PDFs go; created if missing.</param>
    /// <param name="options">How to sign each; defaults to an invisible PAdES-B-B signature.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The documents signed, in ordinal order of their names.</returns>
    /// <exception cref="DirectoryNotFoundException"><paramref name="inputDirectory"/> does not exist.</exception>
    /// <exception cref="ArgumentException"><paramref name="outputDirectory"/> is <paramref name="inputDirectory"/>: the signed files would replace their originals.</exception>
    public async Task<IReadOnlyList<PadesBatchDocument>> SignDirectoryAsync(string inputDirectory, string outputDirectory, PadesSignatureOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(inputDirectory);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        PadesBatchDocument[] documents = [.. Directory.EnumerateFiles(inputDirectory, "*.pdf", new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive })
            .Order(StringComparer.Ordinal)
            .Select(input => new PadesBatchDocument(input, Path.Combine(outputDirectory, Path.GetFileName(input))))];
        Directory.CreateDirectory(outputDirectory);
        await SignAsync(documents, options, cancellationToken).ConfigureAwait(false);
        return documents;
    }

    private async Task<PadesPreparedSignature> PrepareAsync(string inputPath, string temporary, SignerCertificates certificates, PadesSignatureOptions options, CancellationToken cancellationToken)
    {
        await using var input = new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous);
        await using var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        return await _twoPhase.PrepareAsync(input, output, certificates, options, cancellationToken).ConfigureAwait(false);
    }

    private async Task CompleteAsync(PadesBatchDocument document, string temporary, PadesPreparedSignature state, byte[] value, SignerCertificates certificates, PadesSignatureOptions options, CancellationToken cancellationToken)
    {
        await using (var prepared = new FileStream(temporary, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous))
        {
            var timestamps = options.Level == SignatureLevel.BaselineB ? null : options.TimestampClient;
            await _twoPhase.CompleteAsync(prepared, state, value, certificates, timestamps, cancellationToken).ConfigureAwait(false);
        }

        if (options.Level is SignatureLevel.BaselineB or SignatureLevel.BaselineT)
        {
            File.Move(temporary, Path.GetFullPath(document.OutputPath), overwrite: true);
            return;
        }

        await OutputFile.WriteAsync(temporary, document.OutputPath, (input, output) =>
            _extender.ExtendAsync(input, output, options.Level, options.TimestampClient, options.ExtraCertificates, options.PdfPassword, cancellationToken)).ConfigureAwait(false);
    }
}
