using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Pdf.Diagnostics;
using Bsre.Sdk.Pdf.Ltv;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Signing;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Timestamping;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bsre.Sdk.Pdf;

/// <summary>
/// Extends signed PDFs to PAdES B-LT (a DSS with the certificates, OCSP responses and CRLs of every
/// signer's and TSA's chain) and B-LTA (then a document timestamp over it), as incremental updates.
/// The PDF counterpart of <see cref="CadesExtender"/>: services in the constructor, what to reach in the options.
/// </summary>
/// <example>
/// <code>
/// await new PadesExtender(httpClient).ExtendAsync("signed.pdf", "signed-lta.pdf", new PadesExtensionOptions { Level = SignatureLevel.BaselineLTA, TimestampClient = tsa });
/// </code>
/// </example>
public sealed class PadesExtender
{
    private readonly HttpClient? _httpClient;
    private readonly TimeProvider _clock;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;

    /// <summary>Creates an extender.</summary>
    /// <param name="httpClient">The client for OCSP and CRL fetches; <see langword="null"/> uses one shared by the process.</param>
    /// <param name="timeProvider">The clock the OCSP responses and CRLs are checked against and the DSS is dated by; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="loggerFactory">Creates the logger (event ids 4000-4999); <see langword="null"/> for none.</param>
    public PadesExtender(HttpClient? httpClient = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        _httpClient = httpClient;
        _clock = timeProvider ?? TimeProvider.System;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger<PadesExtender>();
    }

    /// <summary>Adds validation data (and for B-LTA a document timestamp) to the signed PDF from <paramref name="input"/>.</summary>
    /// <param name="input">The signed PDF.</param>
    /// <param name="output">Receives the input plus the new revision(s).</param>
    /// <param name="options">The level to reach, the TSA, extra certificates and the PDF's password.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the output is written.</returns>
    /// <exception cref="DocumentFormatException">The input is not a readable PDF or has no signature.</exception>
    /// <exception cref="PdfPasswordException">The input is encrypted and <see cref="PadesExtensionOptions.PdfPassword"/> does not open it, or its permissions forbid signing.</exception>
    /// <exception cref="Bsre.Sdk.Validation.ValidationDataException">Revocation data could not be obtained.</exception>
    public Task ExtendAsync(Stream input, Stream output, PadesExtensionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Level is not (SignatureLevel.BaselineLT or SignatureLevel.BaselineLTA))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Level, "PadesExtensionOptions.Level: extension is to B-LT or B-LTA.");
        }

        if (options.Level == SignatureLevel.BaselineLTA && options.TimestampClient is null)
        {
            throw new ArgumentException("B-LTA needs PadesExtensionOptions.TimestampClient for the document timestamp.", nameof(options));
        }

        return ExtendAsync(input, output, options.Level, options.TimestampClient, options.ExtraCertificates, options.PdfPassword, cancellationToken);
    }

    /// <summary>Extends the PDF at <paramref name="inputPath"/> into <paramref name="outputPath"/> (temporary file, moved into place on success).</summary>
    /// <param name="inputPath">The signed PDF.</param>
    /// <param name="outputPath">Where the extended PDF goes; replaced if it exists. It may not be <paramref name="inputPath"/>: the input is never modified.</param>
    /// <param name="options">The level to reach, the TSA, extra certificates and the PDF's password.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the output is in place.</returns>
    /// <exception cref="ArgumentException"><paramref name="outputPath"/> names the input file.</exception>
    public Task ExtendAsync(string inputPath, string outputPath, PadesExtensionOptions options, CancellationToken cancellationToken = default)
        => OutputFile.WriteAsync(inputPath, outputPath, (input, output) => ExtendAsync(input, output, options, cancellationToken));

    /// <summary>Extends to a checked <paramref name="level"/>; also the last stage of B-LT and B-LTA signing, which passes the signature's own settings.</summary>
    internal async Task ExtendAsync(Stream input, Stream output, SignatureLevel level, TimestampClient? timestampClient, IEnumerable<X509Certificate2> extraCertificates, ReadOnlyMemory<char> pdfPassword, CancellationToken cancellationToken)
    {
        using var telemetry = TelemetryScope.Start(BsrePdfTelemetry.Source, "bsre.pdf.extend", BsrePdfTelemetry.SigningDuration);
        telemetry.SetTag("bsre.pdf.operation", "extend");
        telemetry.SetTag("bsre.signature.level", level.ToString());
        try
        {
            await using var source = await SeekableInput.OpenAsync(input, cancellationToken).ConfigureAwait(false);
            if (level == SignatureLevel.BaselineLT)
            {
                await AddDssAsync(source.Stream, output, extraCertificates, pdfPassword, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await using var withDss = TemporaryFile.Create();
                await AddDssAsync(source.Stream, withDss, extraCertificates, pdfPassword, cancellationToken).ConfigureAwait(false);
                await new PadesTimestamper(timestampClient!, _loggerFactory).TimestampAsync(withDss, output, new PadesTimestampOptions { PdfPassword = pdfPassword }, cancellationToken).ConfigureAwait(false);
            }

            PdfLog.Extended(_logger, level, (long)telemetry.Elapsed.TotalMilliseconds);
        }
        catch (Exception e)
        {
            telemetry.Fail(e);
            PdfLog.ExtensionFailed(_logger, level, e.GetType().Name, e);
            throw;
        }
    }

    private async Task AddDssAsync(Stream input, Stream output, IEnumerable<X509Certificate2> extraCertificates, ReadOnlyMemory<char> pdfPassword, CancellationToken cancellationToken)
    {
        PdfFile file = PdfFile.Open(input, pdfPassword.Span);
        file.Security?.EnsureMaySign();
        DssData data = await new DssDataCollector(extraCertificates, _httpClient, _clock).CollectAsync(file, cancellationToken).ConfigureAwait(false);
        var update = new IncrementalUpdate(file);
        DssWriter.Apply(update, data, _clock.GetUtcNow());
        PdfRevision revision = update.Build();
        await OriginalBytes.CopyAsync(input, revision.Start, null, output, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(revision.Bytes, cancellationToken).ConfigureAwait(false);
    }
}
