using System.Security.Cryptography;
using Bsre.Sdk.Pdf.Diagnostics;
using Bsre.Sdk.Pdf.Signing;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Timestamping;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bsre.Sdk.Pdf;

/// <summary>
/// Two-phase (deferred) PAdES signing: <see cref="PrepareAsync"/> writes the document with an empty
/// signature and returns the digest to sign; completion embeds a CMS made elsewhere, or builds it from a
/// raw signature value. The remote signer or HSM never sees the document.
/// </summary>
/// <remarks>
/// Completion makes B-B, or B-T when a TSA client is given; for B-LT or B-LTA run <see cref="PadesExtender"/> on the
/// completed document (prepare with <see cref="PadesSignatureOptions.Level"/> B-T or higher so that the placeholder
/// has room for the signature timestamp).
/// </remarks>
public sealed class PadesTwoPhaseSigner
{
    private readonly TimeProvider _clock;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;

    /// <summary>Creates a two-phase signer.</summary>
    /// <param name="timeProvider">The clock of /M, the claimed signing time; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="loggerFactory">Creates the loggers (event ids 4000-4999, and 2000-2999 for the CMS); <see langword="null"/> for none.</param>
    public PadesTwoPhaseSigner(TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        _clock = timeProvider ?? TimeProvider.System;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger<PadesTwoPhaseSigner>();
    }

    /// <summary>Writes the prepared document (the input plus a revision whose /Contents is still zero) and returns the state.</summary>
    /// <param name="input">The PDF to sign.</param>
    /// <param name="prepared">Receives the prepared document; keep it for completion.</param>
    /// <param name="certificates">The signer's certificate and chain (for /Name, the appearance and the size estimate).</param>
    /// <param name="options">How to sign; its level sizes the placeholder (the TSA client is given at completion).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The state: the digest to sign and where the signature goes.</returns>
    public async Task<PadesPreparedSignature> PrepareAsync(Stream input, Stream prepared, SignerCertificates certificates, PadesSignatureOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(certificates);
        options ??= new PadesSignatureOptions();
        using var telemetry = TelemetryScope.Start(BsrePdfTelemetry.Source, "bsre.pdf.prepare", BsrePdfTelemetry.SigningDuration);
        telemetry.SetTag("bsre.pdf.operation", "prepare");
        telemetry.SetTag("bsre.signature.level", options.Level.ToString());
        try
        {
            PadesPreparedSignature state = await PrepareCoreAsync(input, prepared, certificates, options, cancellationToken).ConfigureAwait(false);
            string thumbprint = PdfLog.Thumbprint(certificates);
            PdfLog.Prepared(_logger, options.Level, thumbprint, state.ContentsCapacity, (long)telemetry.Elapsed.TotalMilliseconds);

            return state;
        }
        catch (Exception e)
        {
            telemetry.Fail(e);
            PdfLog.SigningFailed(_logger, "prepare", options.Level, e.GetType().Name, e);
            throw;
        }
    }

    /// <summary>Runs the session's first stages: prepare, digest, and embed an empty value (completion writes the CMS in place).</summary>
    private async Task<PadesPreparedSignature> PrepareCoreAsync(Stream input, Stream prepared, SignerCertificates certificates, PadesSignatureOptions options, CancellationToken cancellationToken)
    {
        RevisionPlan plan = RevisionPlan.ForSignature(options, certificates, _clock);
        int capacity = options.ContentsSize ?? CmsContents.Estimate(certificates, options);
        await using PdfSigningSession session = await PdfSigningSession.PrepareAsync(input, plan, capacity, cancellationToken).ConfigureAwait(false);
        byte[] digest = await session.DigestAsync(cancellationToken).ConfigureAwait(false);
        await session.EmbedAsync(prepared, ReadOnlyMemory<byte>.Empty, $"{nameof(PadesSignatureOptions)}.{nameof(PadesSignatureOptions.ContentsSize)}", cancellationToken).ConfigureAwait(false);
        PreparedRevision revision = session.Revision;
        return new PadesPreparedSignature(digest, plan.HashAlgorithm, revision.ContentsOffset, revision.ContentsCapacity, revision.Revision.TotalLength, options.SignatureScheme);
    }

    /// <summary>Builds the CMS signed attributes for <paramref name="state"/> and returns what a raw signer must sign.</summary>
    /// <param name="state">The prepared state.</param>
    /// <param name="certificates">The signer's certificate and chain (bound into signing-certificate-v2).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The request: <see cref="SignatureRequest.Digest"/> is what an HSM or remote service signs.</returns>
    public async Task<SignatureRequest> CreateSignatureRequestAsync(PadesPreparedSignature state, SignerCertificates certificates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        SignatureRequest? captured = null;
        using var capture = new ExternalSigner(_ => ValueTask.FromResult(certificates), (request, _) =>
        {
            captured = request;
            return ValueTask.FromResult(new byte[64]);
        });
        await Cades(capture, state, null, NullLoggerFactory.Instance).SignDigestAsync(state.DocumentDigest, state.HashAlgorithm, cancellationToken).ConfigureAwait(false);
        return captured!;
    }

    /// <summary>Embeds a detached CMS (made by a remote CMS signer over <see cref="PadesPreparedSignature.DocumentDigest"/>) into the prepared document, in place.</summary>
    /// <param name="prepared">The prepared document: readable, writable and seekable.</param>
    /// <param name="state">The state from <see cref="PrepareAsync"/>.</param>
    /// <param name="cms">The DER CMS SignedData.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the signature is written.</returns>
    /// <exception cref="DocumentFormatException">The document is not the prepared one, the CMS signs another digest, or it does not fit.</exception>
    public async Task CompleteAsync(Stream prepared, PadesPreparedSignature state, ReadOnlyMemory<byte> cms, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(state);
        using var telemetry = TelemetryScope.Start(BsrePdfTelemetry.Source, "bsre.pdf.complete", BsrePdfTelemetry.SigningDuration);
        telemetry.SetTag("bsre.pdf.operation", "complete");
        try
        {
            PreparedDocumentCheck.Verify(prepared, state, cms);
            await PreparedDocumentCheck.VerifyDigestAsync(prepared, state, cancellationToken).ConfigureAwait(false);
            prepared.Position = state.ContentsOffset + 1;
            await prepared.WriteAsync(System.Text.Encoding.ASCII.GetBytes(Convert.ToHexString(cms.Span)), cancellationToken).ConfigureAwait(false);
            await prepared.FlushAsync(cancellationToken).ConfigureAwait(false);
            PdfLog.Completed(_logger, cms.Length, (long)telemetry.Elapsed.TotalMilliseconds);
        }
        catch (Exception e)
        {
            telemetry.Fail(e);
            PdfLog.SigningFailed(_logger, "complete", SignatureLevel.BaselineB, e.GetType().Name, e);
            throw;
        }
    }

    /// <summary>Builds the CMS from a raw signature value over <see cref="CreateSignatureRequestAsync"/>'s digest and embeds it, in place.</summary>
    /// <param name="prepared">The prepared document: readable, writable and seekable.</param>
    /// <param name="state">The state from <see cref="PrepareAsync"/>.</param>
    /// <param name="signatureValue">The signature value (PKCS#1/PSS bytes, DER ECDSA, or raw Ed25519).</param>
    /// <param name="certificates">The same certificates given to <see cref="CreateSignatureRequestAsync"/>.</param>
    /// <param name="timestampClient">A TSA client to make the signature B-T, or <see langword="null"/> for B-B.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the signature is written.</returns>
    public async Task CompleteAsync(Stream prepared, PadesPreparedSignature state, ReadOnlyMemory<byte> signatureValue, SignerCertificates certificates, TimestampClient? timestampClient = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        byte[] value = signatureValue.ToArray();
        using var replay = new ExternalSigner(_ => ValueTask.FromResult(certificates), (_, _) => ValueTask.FromResult(value));
        byte[] cms = await Cades(replay, state, timestampClient, _loggerFactory).SignDigestAsync(state.DocumentDigest, state.HashAlgorithm, cancellationToken).ConfigureAwait(false);
        await CompleteAsync(prepared, state, cms, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Builds the CMS over the state's digest; the request capture logs nothing (its signature value is a placeholder).</summary>
    private CadesSigner Cades(Signer signer, PadesPreparedSignature state, TimestampClient? timestampClient, ILoggerFactory loggerFactory) => new(
        signer,
        new CadesSignatureOptions
        {
            HashAlgorithm = state.HashAlgorithm,
            SignatureScheme = state.SignatureScheme,
            Level = timestampClient is null ? SignatureLevel.BaselineB : SignatureLevel.BaselineT,
            TimestampClient = timestampClient,
            IncludeSigningTime = false,
        },
        timeProvider: _clock,
        loggerFactory: loggerFactory);
}
