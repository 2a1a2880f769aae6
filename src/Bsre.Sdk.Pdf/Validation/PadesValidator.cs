using System.Security.Cryptography;
using Bsre.Sdk.Pdf.Diagnostics;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Signing;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// Validates every signature and document timestamp of a PDF, as EU DSS and pyHanko do: the strict
/// /ByteRange and /Contents checks, the CMS through the core's engine (DSS certificates and revocation
/// data used as evidence), the signed revision, the changes made after it (judged against DocMDP and
/// FieldMDP), and the PAdES baseline level reached. The file is streamed, never loaded whole.
/// </summary>
/// <example>
/// <code>
/// var options = new SignatureValidationOptions();
/// options.TrustAnchors.Add(bsreRoot);
/// ValidationReport report = await new PadesValidator(options).ValidateAsync("contract-signed.pdf");
/// </code>
/// </example>
public sealed class PadesValidator
{
    private readonly SignatureValidationOptions _options;
    private readonly HttpClient? _httpClient;
    private readonly TimeProvider _clock;
    private readonly RevocationCache? _revocationCache;
    private readonly PdfLimits _limits;
    private readonly ILogger _logger;

    /// <summary>Creates a validator.</summary>
    /// <param name="options">Trust anchors, time, revocation and network settings.</param>
    /// <param name="limits">Bounds on hostile input; <see langword="null"/> uses the defaults.</param>
    /// <param name="httpClient">The client for OCSP, CRL and AIA fetches; <see langword="null"/> uses one shared by the process.</param>
    /// <param name="timeProvider">The clock of "now" when <see cref="SignatureValidationOptions.ValidationTime"/> is not set, and of OCSP freshness; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="revocationCache">The cache of fetched OCSP responses and CRLs: give every validator of a process the same one (backed by an <c>IDistributedCache</c> to share it across servers); <see langword="null"/> for the process-wide in-memory cache.</param>
    /// <param name="loggerFactory">Creates the logger (event ids 4000-4999); <see langword="null"/> for none.</param>
    public PadesValidator(SignatureValidationOptions options, PdfLimits? limits = null, HttpClient? httpClient = null, TimeProvider? timeProvider = null, RevocationCache? revocationCache = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<PadesValidator>();
        _options = options;
        _httpClient = httpClient;
        _clock = timeProvider ?? TimeProvider.System;
        _revocationCache = revocationCache;
        _limits = limits ?? new PdfLimits();
    }

    /// <summary>Validates the PDF at <paramref name="path"/>.</summary>
    /// <param name="path">The PDF file.</param>
    /// <param name="pdfPassword">
    /// The user or owner password of an encrypted PDF; never logged. Empty (the default) is the empty user password, which
    /// opens owner-restricted files. The caller owns the buffer and may clear it afterwards.
    /// </param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per signature and document timestamp, in the order they were applied; none for an unsigned file.</returns>
    /// <exception cref="DocumentFormatException">The file is not a readable PDF or is encrypted with an unsupported handler.</exception>
    /// <exception cref="DocumentLimitException">The file exceeds a <see cref="PdfLimits"/> bound (<see cref="PdfLimits.Timeout"/> included).</exception>
    /// <exception cref="PdfPasswordException">The file is encrypted and <paramref name="pdfPassword"/> does not open it.</exception>
    public async Task<ValidationReport> ValidateAsync(string path, ReadOnlyMemory<char> pdfPassword = default, CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
        return await ValidateAsync(stream, Path.GetFileName(path), pdfPassword, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Validates a PDF read from <paramref name="pdf"/> (a forward-only stream is first copied to a temporary file).</summary>
    /// <param name="pdf">The PDF.</param>
    /// <param name="fileName">The name to put in the report.</param>
    /// <param name="pdfPassword">The user or owner password of an encrypted PDF, as for the path overload; never logged.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One result per signature and document timestamp, in the order they were applied; none for an unsigned file.</returns>
    /// <exception cref="DocumentFormatException">The file is not a readable PDF or is encrypted with an unsupported handler.</exception>
    /// <exception cref="DocumentLimitException">The file exceeds a <see cref="PdfLimits"/> bound (<see cref="PdfLimits.Timeout"/> included).</exception>
    /// <exception cref="PdfPasswordException">The file is encrypted and <paramref name="pdfPassword"/> does not open it.</exception>
    public async Task<ValidationReport> ValidateAsync(Stream pdf, string? fileName = null, ReadOnlyMemory<char> pdfPassword = default, CancellationToken cancellationToken = default)
    {
        using var telemetry = TelemetryScope.Start(BsrePdfTelemetry.Source, "bsre.pdf.validate", BsrePdfTelemetry.ValidationDuration);
        try
        {
            ValidationReport report = await ValidateBoundedAsync(pdf, fileName, pdfPassword, cancellationToken).ConfigureAwait(false);
            telemetry.Validated(report, BsrePdfTelemetry.ValidatedSignatures);
            PdfLog.Validated(_logger, report.Signatures.Count, report.Indication, (long)telemetry.Elapsed.TotalMilliseconds);
            return report;
        }
        catch (Exception e)
        {
            telemetry.Fail(e);
            PdfLog.ValidationFailed(_logger, e.GetType().Name, e);
            throw;
        }
    }

    private async Task<ValidationReport> ValidateBoundedAsync(Stream pdf, string? fileName, ReadOnlyMemory<char> pdfPassword, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_limits.Timeout);
        try
        {
            await using SeekableInput input = await SeekableInput.OpenAsync(pdf, deadline.Token).ConfigureAwait(false);
            var results = await ValidateCoreAsync(input.Stream, pdfPassword, new PdfReadBudget(_limits, deadline.Token), deadline.Token).ConfigureAwait(false);
            return new ValidationReport(results, fileName);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw PdfReadBudget.Expired(_limits);
        }
    }

    private async Task<IReadOnlyList<SignatureValidationResult>> ValidateCoreAsync(Stream pdf, ReadOnlyMemory<char> pdfPassword, PdfReadBudget budget, CancellationToken cancellationToken)
    {
        Stream parsed = pdf;
        PdfFile final = OpenStrictOrRepaired(ref parsed, pdfPassword.Span, budget);
        if (final.Xref.Entries.Count > _limits.MaxObjects)
        {
            throw new DocumentLimitException(nameof(PdfLimits.MaxObjects), _limits.MaxObjects, $"the document has {final.Xref.Entries.Count} objects");
        }

        IReadOnlyList<PdfRevisionEnd> revisions = RevisionIndex.Read(final, _limits);
        IReadOnlyList<PdfSignatureEntry> entries = SignatureLocator.Find(final, _limits);
        if (entries.Count == 0)
        {
            return [];
        }

        SignatureValidationOptions options = EvidenceOptions.Create(_options, DssEvidence.Read(final, _limits));
        var context = new PdfDocumentContext(pdf, final, parsed == pdf ? pdf.Length : StartXrefRepair.UnpatchedLength(pdf), revisions, options, _limits);
        var inspected = entries.Select(e => SignatureInspector.Inspect(context, e)).OrderBy(s => s.ByteRange.SignedEnd).ToList();
        var timestamps = await new TimestampChain(context, _httpClient, _clock, _revocationCache).ValidateAsync(inspected, cancellationToken).ConfigureAwait(false);
        var results = new List<SignatureValidationResult>();
        foreach (InspectedSignature signature in inspected)
        {
            SignatureValidationResult crypto = signature.Entry.IsDocumentTimestamp
                ? timestamps.Results[signature]
                : await VerifySignatureAsync(context, signature, timestamps, cancellationToken).ConfigureAwait(false);
            ModificationVerdict verdict = ModificationAnalyzer.Analyze(context, signature);
            SignatureLevel? level = PadesLevel.Of(signature, crypto, timestamps.Covering);
            results.Add(ResultAssembler.Assemble(signature, crypto, verdict, level, timestamps.Over(signature.ByteRange.SignedEnd), final.Length));
        }

        return results;
    }

    private static PdfFile OpenStrictOrRepaired(ref Stream pdf, ReadOnlySpan<char> pdfPassword, PdfReadBudget budget)
    {
        PdfFormat.RequireHeader(pdf);
        if (!StartXrefRepair.EndsWithStartXref(pdf))
        {
            throw new DocumentFormatException("The file is not a readable PDF: it does not end with startxref, an offset and %%EOF (truncated or garbled).");
        }

        PdfFile file;
        try
        {
            file = PdfFile.Open(pdf, pdfPassword, budget);
        }
        catch (DocumentFormatException e) when (e is not DocumentLimitException && StartXrefRepair.TryRepair(pdf) is { } repaired)
        {
            pdf = repaired;
            file = PdfFile.Open(pdf, pdfPassword, budget);
        }

        return file.Version is [>= '0' and <= '9', '.', >= '0' and <= '9']
            ? file
            : throw new DocumentFormatException($"The file is not a readable PDF: illegal header version '{file.Version}'.");
    }

    private async Task<SignatureValidationResult> VerifySignatureAsync(PdfDocumentContext context, InspectedSignature signature, TimestampChain timestamps, CancellationToken cancellationToken)
    {
        SignatureValidationResult result = await VerifyCmsAsync(context, signature, timestamps, cancellationToken).ConfigureAwait(false);
        if (signature.Entry.SubFilter != "adbe.pkcs7.sha1" || result.Indication == ValidationIndication.TotalFailed)
        {
            return result;
        }

        // The SHA-1 digest of the range is part of what the signer signed: the cryptographic policy judges it too.
        SignatureValidationOptions options = context.Options;
        ValidationFinding? crypto = options.CryptographicPolicy.Judge(
            "adbe.pkcs7.sha1 signature's digest of the signed range", HashAlgorithmName.SHA1, options.ValidationTime ?? _clock.GetUtcNow(), timestamps.ProvenTime(signature.ByteRange.SignedEnd));
        var judged = new ResultBuilder(result.Id, result);
        judged.Judge(crypto);
        return judged.Result;
    }

    private async Task<SignatureValidationResult> VerifyCmsAsync(PdfDocumentContext context, InspectedSignature signature, TimestampChain timestamps, CancellationToken cancellationToken)
    {
        if (signature.Cms is null || signature.ByteRange.Segments is not { } segments)
        {
            return new ResultBuilder(signature.Entry.FieldName).Fail(ValidationIndication.TotalFailed, SubIndication.FormatFailure, FindingCodes.PdfStructureInvalid);
        }

        if (signature.Signature is not { } cms)
        {
            return CmsSignatureVerifier.Unreadable(signature.CmsError!);
        }

        if (!cms.IsDetached)
        {
            // adbe.pkcs7.sha1 signs the SHA-1 digest of the range, encapsulated; any other PDF signature is detached (ISO 32000-2 §12.8.3.3).
            if (signature.Entry.SubFilter != "adbe.pkcs7.sha1")
            {
                return new ResultBuilder(signature.Entry.FieldName).Fail(ValidationIndication.TotalFailed, SubIndication.FormatFailure, FindingCodes.PdfStructureInvalid,
                    $"The CMS of a /{signature.Entry.SubFilter} signature encapsulates content: what it signs is not the document.");
            }

            if (!await Sha1SignedRange.MatchesAsync(new SegmentStream(context.Source, segments), cms.EncapsulatedContent, cancellationToken).ConfigureAwait(false))
            {
                return new ResultBuilder(signature.Entry.FieldName).Fail(ValidationIndication.TotalFailed, SubIndication.HashFailure, FindingCodes.ContentDigestMismatch,
                    "The adbe.pkcs7.sha1 signature's encapsulated digest is not the SHA-1 digest of the signed range: the document was changed after signing.");
            }
        }

        // what the CMS signs, afresh for each verification: the byte range, or nothing for adbe.pkcs7.sha1, whose CMS encapsulates the range's digest
        Stream? Content() => cms.IsDetached ? new SegmentStream(context.Source, segments) : null;
        SignatureValidationResult result = await CmsSignatureVerifier.VerifyAsync(cms, signature.Entry.SubFilter, Content(), context.Options, _httpClient, _clock, _revocationCache, cancellationToken).ConfigureAwait(false);

        if (result.Indication != ValidationIndication.Indeterminate || timestamps.ProvenTime(signature.ByteRange.SignedEnd) is not { } proven)
        {
            return result;
        }

        // past signature validation: a document timestamp proves the signature existed at `proven`
        var atProof = EvidenceOptions.Create(context.Options, new DssEvidence(), proven);
        SignatureValidationResult past = await CmsSignatureVerifier.VerifyAsync(cms, signature.Entry.SubFilter, Content(), atProof, _httpClient, _clock, _revocationCache, cancellationToken).ConfigureAwait(false);
        if (past.Indication != ValidationIndication.TotalPassed)
        {
            return result;
        }

        var validated = new ResultBuilder(past.Id, past) { TimestampTime = past.TimestampTime ?? proven };
        validated.Warn(FindingCodes.ValidatedAtProofOfExistence, $"Validated at {proven:u}, the time a document timestamp proves the signature existed ({string.Join("; ", result.Errors)} at the validation time).");
        return validated.Result;
    }
}
