using System.Globalization;
using System.Security.Cryptography;
using Bsre.Sdk.Pdf.Archive;
using Bsre.Sdk.Pdf.Signing;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;
using Microsoft.Extensions.Logging;

namespace Bsre.Sdk.Pdf;

/// <summary>
/// Keeps signed archives valid: finds documents whose newest timestamp stops protecting them within
/// <see cref="PadesArchiveRenewalOptions.RenewWithin"/> (its TSA certificate expires, or its algorithms reach their end per
/// ETSI TS 119 312) and appends validation data and a fresh document timestamp (PAdES B-LTA, EN 319 142-1 §5.5), as an
/// incremental update that leaves every existing byte as it was.
/// </summary>
/// <remarks>
/// Idempotent: a renewed document's newest timestamp is the fresh one, which protects it beyond the window, so a second
/// run leaves it alone. A document is renewed only when the TSA's timestamp protects it longer than its newest one (one
/// probe timestamp per run tells), so running against a TSA whose certificate is no newer changes nothing either.
/// BSrE's gateway outputs PAdES-BASELINE-LT: run the renewal on such archives before the TSA certificate in them expires.
/// </remarks>
/// <example>
/// <code>
/// var renewer = new PadesArchiveRenewer(tsaClient, new PadesArchiveRenewalOptions { RenewWithin = TimeSpan.FromDays(180) });
/// foreach (PadesRenewalResult result in await renewer.RenewDirectoryAsync("/arsip/2025"))
///     Console.WriteLine($"{result.File}: {result.Action} ({result.Reason})");
/// </code>
/// </example>
public sealed class PadesArchiveRenewer
{
    private readonly TimestampClient _timestampClient;
    private readonly PadesArchiveRenewalOptions _options;
    private readonly TimeProvider _clock;
    private readonly PadesExtender _extender;
    private TimestampToken? _probe;

    /// <summary>Creates a renewer.</summary>
    /// <param name="timestampClient">The TSA of the fresh document timestamps.</param>
    /// <param name="options">The renewal window, where renewed files go, and extra certificates; defaults when <see langword="null"/>.</param>
    /// <param name="httpClient">The client for OCSP and CRL fetches; <see langword="null"/> uses one shared by the process.</param>
    /// <param name="timeProvider">The clock of the renewal window and of the validation data; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="loggerFactory">Creates the loggers of the extensions (event ids 4000-4999); <see langword="null"/> for none.</param>
    public PadesArchiveRenewer(TimestampClient timestampClient, PadesArchiveRenewalOptions? options = null, HttpClient? httpClient = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(timestampClient);
        _timestampClient = timestampClient;
        _options = options ?? new PadesArchiveRenewalOptions();
        _clock = timeProvider ?? TimeProvider.System;
        _extender = new PadesExtender(httpClient, _clock, loggerFactory);
    }

    /// <summary>Renews every <c>*.pdf</c> directly in <paramref name="directory"/>, in name order.</summary>
    /// <param name="directory">The archive directory.</param>
    /// <param name="cancellationToken">Cancels the run; documents already renewed stay renewed, none is left half-written.</param>
    /// <returns>One result per document.</returns>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="TimestampException">The TSA failed (nothing more is renewed).</exception>
    public async Task<IReadOnlyList<PadesRenewalResult>> RenewDirectoryAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The archive directory '{directory}' does not exist.");
        }

        var results = new List<PadesRenewalResult>();
        foreach (string path in Directory.EnumerateFiles(directory, "*.pdf").Order(StringComparer.Ordinal))
        {
            results.Add(await RenewAsync(path, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    /// <summary>Renews one document if its protection ends within the window.</summary>
    /// <param name="path">The signed PDF.</param>
    /// <param name="cancellationToken">Cancels the renewal.</param>
    /// <returns>What was done and why.</returns>
    /// <exception cref="TimestampException">The TSA failed.</exception>
    public async Task<PadesRenewalResult> RenewAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        DateTimeOffset now = _clock.GetUtcNow();
        (TimestampToken? Newest, int Signatures)? scan;
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
            scan = ArchiveTimestamps.Scan(stream);
        }
        catch (Exception e) when (e is DocumentFormatException or PdfPasswordException or IOException or UnauthorizedAccessException)
        {
            return Result(path, PadesRenewalAction.Failed, null, $"it could not be read: {e.Message}");
        }

        if (scan is null)
        {
            return Result(path, PadesRenewalAction.NotSigned, null, "it has no signature or timestamp");
        }

        TimestampToken? newest = scan.Value.Newest;
        DateTimeOffset? until = newest is null ? null : ArchiveTimestamps.ProtectedUntil(newest, _options.CryptographicPolicy);
        if (until is { } end && end > now + _options.RenewWithin)
        {
            return Result(path, PadesRenewalAction.Current, until, Invariant($"its newest timestamp ({newest!.GenerationTime:u}) protects it until {end:u}, beyond the renewal window"));
        }

        TimestampToken probe = _probe ??= await _timestampClient.RequestAsync(RandomNumberGenerator.GetBytes(32), HashAlgorithmName.SHA256, cancellationToken).ConfigureAwait(false);
        DateTimeOffset? fresh = ArchiveTimestamps.ProtectedUntil(probe, _options.CryptographicPolicy);
        if (fresh is null || (until is not null && fresh <= until))
        {
            return Result(path, PadesRenewalAction.NoLongerProtection, until, Invariant(
                $"it needs renewal, but a timestamp from {_timestampClient.Url} ({probe.TsaCertificate?.Subject ?? "TSA certificate not embedded"}) would protect it only until {fresh:u}; use a TSA whose certificate outlives {until:u}"));
        }

        string output = _options.OutputDirectory is { } directory ? Path.Combine(directory, Path.GetFileName(path)) : path;
        if (_options.OutputDirectory is not null && File.Exists(output))
        {
            return Result(path, PadesRenewalAction.Failed, until, $"the output '{output}' exists; nothing is overwritten");
        }

        try
        {
            // in place by design: the new file (the original bytes plus the new revisions) is renamed over the document
            await OutputFile.TransformAsync(path, output, (input, extended) => _extender.ExtendAsync(
                input, extended, SignatureLevel.BaselineLTA, _timestampClient, _options.ExtraCertificates, default, cancellationToken)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DocumentFormatException or PdfPasswordException or ValidationDataException or IOException or UnauthorizedAccessException)
        {
            return Result(path, PadesRenewalAction.Failed, until, $"it could not be extended: {e.Message}");
        }

        string why = until is null ? "the TSA certificate of its newest timestamp is not embedded" : Invariant($"its newest timestamp protected it only until {until:u}");
        return new PadesRenewalResult
        {
            File = path, Action = PadesRenewalAction.Renewed, ProtectedUntil = until, RenewedUntil = fresh, Output = output,
            Reason = Invariant($"{why}; validation data and a document timestamp protecting it until {fresh:u} were appended"),
        };
    }

    private static PadesRenewalResult Result(string path, PadesRenewalAction action, DateTimeOffset? until, string reason) =>
        new() { File = path, Action = action, ProtectedUntil = until, Reason = reason };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
