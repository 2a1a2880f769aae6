using Bsre.Sdk.Pdf.Diagnostics;
using Bsre.Sdk.Pdf.Ltv;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Signing;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Timestamping;

namespace Bsre.Sdk.Pdf;

/// <summary>
/// Extends signed PDFs to PAdES B-LT (a DSS with the certificates, OCSP responses and CRLs of every
/// signer's and TSA's chain) and B-LTA (then a document timestamp over it), as incremental updates.
/// </summary>
public sealed class PdfLtvExtender
{
    private readonly PdfLtvOptions _options;
    private readonly ReadOnlyMemory<char> _pdfPassword;
    private readonly HttpClient? _httpClient;
    private readonly TimeProvider _clock;

    /// <summary>Creates an extender.</summary>
    /// <param name="options">Extra certificates, HTTP settings and the PDF's password; defaults when <see langword="null"/>.</param>
    public PdfLtvExtender(PdfLtvOptions? options = null)
        : this(options, options?.PdfPassword ?? default, null, options?.TimeProvider ?? TimeProvider.System)
    {
    }

    /// <summary>
    /// Creates an extender that opens an encrypted input with <paramref name="pdfPassword"/>, fetches OCSP and CRLs through
    /// <see cref="PdfLtvOptions.HttpClient"/>, else <paramref name="httpClient"/>, else the process-wide client, and checks
    /// them and dates the DSS on <paramref name="clock"/> (signing passes its own, so a signature has one clock).
    /// </summary>
    internal PdfLtvExtender(PdfLtvOptions? options, ReadOnlyMemory<char> pdfPassword, HttpClient? httpClient, TimeProvider clock)
    {
        _options = options ?? new PdfLtvOptions();
        _pdfPassword = pdfPassword;
        _httpClient = _options.HttpClient ?? httpClient;
        _clock = clock;
    }

    /// <summary>Adds validation data (and for B-LTA a document timestamp) to the signed PDF from <paramref name="input"/>.</summary>
    /// <param name="input">The signed PDF.</param>
    /// <param name="output">Receives the input plus the new revision(s).</param>
    /// <param name="level"><see cref="SignatureLevel.BaselineLT"/> or <see cref="SignatureLevel.BaselineLTA"/>.</param>
    /// <param name="timestampClient">The TSA for B-LTA's document timestamp; not used for B-LT.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the output is written.</returns>
    /// <exception cref="DocumentFormatException">The input is not a readable PDF or has no signature.</exception>
    /// <exception cref="PdfPasswordException">The input is encrypted and <see cref="PdfLtvOptions.PdfPassword"/> does not open it, or its permissions forbid signing.</exception>
    /// <exception cref="Bsre.Sdk.Validation.ValidationDataException">Revocation data could not be obtained.</exception>
    public async Task ExtendAsync(Stream input, Stream output, SignatureLevel level, TimestampClient? timestampClient = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (level is not (SignatureLevel.BaselineLT or SignatureLevel.BaselineLTA))
        {
            throw new ArgumentOutOfRangeException(nameof(level), "Extension is to B-LT or B-LTA.");
        }

        if (level == SignatureLevel.BaselineLTA && timestampClient is null)
        {
            throw new ArgumentException("B-LTA needs a TSA client for the document timestamp.", nameof(timestampClient));
        }

        using var telemetry = TelemetryScope.Start(BsrePdfTelemetry.Source, "bsre.pdf.extend", BsrePdfTelemetry.SigningDuration);
        telemetry.SetTag("bsre.pdf.operation", "extend");
        telemetry.SetTag("bsre.signature.level", level.ToString());
        try
        {
            await ExtendCoreAsync(input, output, level, timestampClient, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            telemetry.Fail(e);
            throw;
        }
    }

    private async Task ExtendCoreAsync(Stream input, Stream output, SignatureLevel level, TimestampClient? timestampClient, CancellationToken cancellationToken)
    {
        await using var source = await SeekableInput.OpenAsync(input, cancellationToken).ConfigureAwait(false);
        if (level == SignatureLevel.BaselineLT)
        {
            await AddDssAsync(source.Stream, output, cancellationToken).ConfigureAwait(false);
            return;
        }

        await using var withDss = TemporaryFile.Create();
        await AddDssAsync(source.Stream, withDss, cancellationToken).ConfigureAwait(false);
        await new PdfDocumentTimestamper(timestampClient!).TimestampAsync(withDss, output, new PdfTimestampOptions { PdfPassword = _pdfPassword }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Extends the PDF at <paramref name="inputPath"/> into <paramref name="outputPath"/> (temporary file, moved into place on success).</summary>
    /// <param name="inputPath">The signed PDF.</param>
    /// <param name="outputPath">Where the extended PDF goes; replaced if it exists. It may not be <paramref name="inputPath"/>: the input is never modified.</param>
    /// <param name="level"><see cref="SignatureLevel.BaselineLT"/> or <see cref="SignatureLevel.BaselineLTA"/>.</param>
    /// <param name="timestampClient">The TSA for B-LTA.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the output is in place.</returns>
    /// <exception cref="ArgumentException"><paramref name="outputPath"/> names the input file.</exception>
    public Task ExtendAsync(string inputPath, string outputPath, SignatureLevel level, TimestampClient? timestampClient = null, CancellationToken cancellationToken = default)
        => OutputFile.WriteAsync(inputPath, outputPath, (input, output) => ExtendAsync(input, output, level, timestampClient, cancellationToken));

    private async Task AddDssAsync(Stream input, Stream output, CancellationToken cancellationToken)
    {
        PdfFile file = PdfFile.Open(input, _pdfPassword.Span);
        file.Security?.EnsureMaySign();
        DssData data = await new DssDataCollector(_options, _httpClient, _clock).CollectAsync(file, cancellationToken).ConfigureAwait(false);
        var update = new IncrementalUpdate(file);
        DssWriter.Apply(update, data, _clock.GetUtcNow());
        PdfRevision revision = update.Build();
        await OriginalBytes.CopyAsync(input, revision.Start, null, output, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(revision.Bytes, cancellationToken).ConfigureAwait(false);
    }
}
