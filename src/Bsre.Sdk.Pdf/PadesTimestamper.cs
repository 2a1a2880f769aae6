using Bsre.Sdk.Pdf.Diagnostics;
using Bsre.Sdk.Pdf.Signing;
using Bsre.Sdk.Timestamping;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bsre.Sdk.Pdf;

/// <summary>
/// Adds document timestamps (/Type /DocTimeStamp, /SubFilter /ETSI.RFC3161; PAdES EN 319 142-1 §5.4):
/// an RFC 3161 token over the ByteRange digest, appended as an incremental update.
/// </summary>
public sealed class PadesTimestamper
{
    private readonly TimestampClient _client;
    private readonly ILogger _logger;

    /// <summary>Creates a timestamper.</summary>
    /// <param name="timestampClient">The TSA client.</param>
    /// <param name="loggerFactory">Creates the logger (event ids 4000-4999); <see langword="null"/> for none.</param>
    public PadesTimestamper(TimestampClient timestampClient, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(timestampClient);
        _client = timestampClient;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<PadesTimestamper>();
    }

    /// <summary>Timestamps the PDF from <paramref name="input"/> into <paramref name="output"/>.</summary>
    /// <param name="input">The PDF; a forward-only stream is first copied to a temporary file.</param>
    /// <param name="output">Receives the input followed by the timestamp revision.</param>
    /// <param name="options">Field name, digest and the PDF's password; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the output is written.</returns>
    /// <exception cref="DocumentFormatException">The input is not a readable PDF, or is encrypted with an unsupported handler.</exception>
    /// <exception cref="PdfPasswordException">The input is encrypted and <see cref="PadesTimestampOptions.PdfPassword"/> does not open it, or its permissions forbid signing.</exception>
    /// <exception cref="TimestampException">The TSA failed.</exception>
    /// <exception cref="DocumentLimitException">The token is larger than <see cref="PadesTimestampOptions.ContentsSize"/> (by default the TSA's largest token so far plus 1 KiB, or 12 KiB); nothing was written.</exception>
    public async Task TimestampAsync(Stream input, Stream output, PadesTimestampOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new PadesTimestampOptions();
        using var telemetry = TelemetryScope.Start(BsrePdfTelemetry.Source, "bsre.pdf.timestamp", BsrePdfTelemetry.SigningDuration);
        telemetry.SetTag("bsre.pdf.operation", "timestamp");
        try
        {
            await PdfSigningSession.SignAsync(
                input,
                output,
                RevisionPlan.ForDocumentTimestamp(options),
                new TimestampContents(_client, options.HashAlgorithm, options.ContentsSize),
                null,
                cancellationToken).ConfigureAwait(false);
            PdfLog.Timestamped(_logger, options.HashAlgorithm.Name, (long)telemetry.Elapsed.TotalMilliseconds);
        }
        catch (Exception e)
        {
            telemetry.Fail(e);
            PdfLog.TimestampFailed(_logger, e.GetType().Name, e);
            throw;
        }
    }

    /// <summary>Timestamps the PDF at <paramref name="inputPath"/> into <paramref name="outputPath"/> (temporary file, moved into place on success).</summary>
    /// <param name="inputPath">The PDF.</param>
    /// <param name="outputPath">Where the timestamped PDF goes; replaced if it exists. It may not be <paramref name="inputPath"/>: the input is never modified.</param>
    /// <param name="options">Field name, digest and the PDF's password; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the output is in place.</returns>
    /// <exception cref="ArgumentException"><paramref name="outputPath"/> names the input file.</exception>
    public Task TimestampAsync(string inputPath, string outputPath, PadesTimestampOptions? options = null, CancellationToken cancellationToken = default)
        => OutputFile.WriteAsync(inputPath, outputPath, (input, output) => TimestampAsync(input, output, options, cancellationToken));
}
