using Bsre.Sdk.Pdf.Diagnostics;
using Bsre.Sdk.Pdf.Signing;
using Bsre.Sdk.Signing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bsre.Sdk.Pdf;

/// <summary>
/// Signs PDFs with PAdES baseline signatures (ETSI EN 319 142-1: /SubFilter /ETSI.CAdES.detached,
/// signing-certificate-v2, no signing-time attribute, /M set), always as an incremental update: the
/// input is a byte-for-byte prefix of the output, so earlier signatures stay valid.
/// </summary>
/// <example>
/// <code>
/// using var signer = LocalSigner.FromPkcs12File("signer.p12", password);
/// await new PadesSigner(signer).SignAsync("in.pdf", "out.pdf", new PadesSignatureOptions { Reason = "Approved" });
/// </code>
/// </example>
public sealed class PadesSigner
{
    private readonly Signer _signer;
    private readonly TimeProvider _clock;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly PadesExtender _extender;

    /// <summary>Creates a PDF signer.</summary>
    /// <param name="signer">Makes the signature values (a local key, an HSM, a remote service).</param>
    /// <param name="httpClient">
    /// The client for the OCSP and CRL fetches of B-LT and B-LTA signing (from <c>IHttpClientFactory</c> in hosted apps, see
    /// <c>AddBsrePadesSigner</c>); <see langword="null"/> uses one shared by the process.
    /// </param>
    /// <param name="timeProvider">
    /// The one clock of a signature: /M (the claimed signing time) and, for B-LT and B-LTA, the time the OCSP responses and
    /// CRLs are checked against and the DSS is dated; <see langword="null"/> for <see cref="TimeProvider.System"/>.
    /// </param>
    /// <param name="loggerFactory">Creates the loggers (event ids 4000-4999, and 2000-2999 for the CMS); <see langword="null"/> for none.</param>
    public PadesSigner(Signer signer, HttpClient? httpClient = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(signer);
        _signer = signer;
        _clock = timeProvider ?? TimeProvider.System;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger<PadesSigner>();
        _extender = new PadesExtender(httpClient, _clock, _loggerFactory);
    }

    /// <summary>Signs a PDF read from <paramref name="input"/> and writes the signed PDF to <paramref name="output"/>.</summary>
    /// <param name="input">The PDF; a seekable stream is read in place, a forward-only one is first copied to a temporary file.</param>
    /// <param name="output">Receives the input followed by the new revision.</param>
    /// <param name="options">How to sign; defaults to an invisible PAdES-B-B signature.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the output is written.</returns>
    /// <exception cref="DocumentFormatException">The input is not a readable PDF, is encrypted with an unsupported handler, or the request does not fit it.</exception>
    /// <exception cref="PdfPasswordException">The input is encrypted and <see cref="PadesSignatureOptions.PdfPassword"/> does not open it, or its permissions forbid signing.</exception>
    /// <exception cref="DocumentLimitException">The CMS is larger than <see cref="PadesSignatureOptions.ContentsSize"/> (or the estimate); nothing was written.</exception>
    public async Task SignAsync(Stream input, Stream output, PadesSignatureOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new PadesSignatureOptions();
        using var telemetry = TelemetryScope.Start(BsrePdfTelemetry.Source, "bsre.pdf.sign", BsrePdfTelemetry.SigningDuration);
        telemetry.SetTag("bsre.pdf.operation", "sign");
        telemetry.SetTag("bsre.signature.level", options.Level.ToString());
        try
        {
            string thumbprint = await SignCoreAsync(input, output, options, cancellationToken).ConfigureAwait(false);
            PdfLog.Signed(_logger, options.Level, thumbprint, (long)telemetry.Elapsed.TotalMilliseconds);
        }
        catch (Exception e)
        {
            telemetry.Fail(e);
            PdfLog.SigningFailed(_logger, "sign", options.Level, e.GetType().Name, e);
            throw;
        }
    }

    /// <summary>Fetches the certificates once, then runs the session's stages: prepare, digest, one CMS, embed, extend; returns the signer's thumbprint.</summary>
    private async Task<string> SignCoreAsync(Stream input, Stream output, PadesSignatureOptions options, CancellationToken cancellationToken)
    {
        if (options.Level != SignatureLevel.BaselineB && options.TimestampClient is null)
        {
            throw new ArgumentException("PAdES B-T and higher need PadesSignatureOptions.TimestampClient.", nameof(options));
        }

        SignerCertificates certificates = await _signer.GetCertificatesAsync(cancellationToken).ConfigureAwait(false);
        var contents = new CmsContents(_signer, certificates, options, _clock, _loggerFactory);
        await PdfSigningSession.SignAsync(input, output, RevisionPlan.ForSignature(options, certificates, _clock), contents, _extender, cancellationToken).ConfigureAwait(false);
        return PdfLog.Thumbprint(certificates);
    }

    /// <summary>Signs the PDF at <paramref name="inputPath"/> into <paramref name="outputPath"/> (written to a temporary file and moved into place on success).</summary>
    /// <param name="inputPath">The PDF to sign.</param>
    /// <param name="outputPath">Where the signed PDF goes; replaced if it exists. It may not be <paramref name="inputPath"/>: the input is never modified.</param>
    /// <param name="options">How to sign; defaults to an invisible PAdES-B-B signature.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the output is in place.</returns>
    /// <exception cref="ArgumentException"><paramref name="outputPath"/> names the input file.</exception>
    public Task SignAsync(string inputPath, string outputPath, PadesSignatureOptions? options = null, CancellationToken cancellationToken = default)
        => OutputFile.WriteAsync(inputPath, outputPath, (input, output) => SignAsync(input, output, options, cancellationToken));
}
