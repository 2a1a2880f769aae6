using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>
/// Checks one certificate's revocation status. Embedded or supplied evidence (the <see cref="RevocationEvidence"/> plus
/// <see cref="SignatureValidationOptions.Crls"/> / <see cref="SignatureValidationOptions.OcspResponses"/>) is tried first;
/// then, unless <see cref="SignatureValidationOptions.Offline"/>, the AIA OCSP responder and the CRL distribution points
/// (through the <see cref="RevocationCache"/>), in the order of <see cref="RevocationOptions.Mode"/>. The first Good or
/// Revoked answer wins; each source that fails (down, garbage, stale, wrongly signed, ...) adds an error line and the next
/// is tried. Nothing usable gives <see cref="SubIndication.TryLater"/>; revoked gives <see cref="SubIndication.RevokedNoPoe"/>.
/// Never throws for bad or missing evidence or network failures; only the caller's cancellation escapes.
/// Freshness is judged at the validationTime passed in: thisUpdate ≤ time + skew and nextUpdate ≥ time − skew (see
/// <see cref="Freshness"/>), so data fetched today is not fresh for a time long past, nor old embedded data for today.
/// </summary>
internal sealed class RevocationChecker : IRevocationChecker
{
    private readonly SignatureValidationOptions _options;
    private readonly OcspSource _ocsp;
    private readonly CrlSource _crl;

    /// <summary>Creates a checker.</summary>
    /// <param name="options">The validation time source, offline switch, supplied evidence and <see cref="RevocationOptions"/>.</param>
    /// <param name="httpClient">The HTTP client for OCSP and CRL fetches, or <see langword="null"/> to use only embedded evidence.</param>
    /// <param name="cache">The cache of fetched data (share one per process), or <see langword="null"/> for a private in-memory one.</param>
    /// <param name="clock">The clock fetched OCSP responses are checked against; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    public RevocationChecker(SignatureValidationOptions options, HttpClient? httpClient = null, RevocationCache? cache = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        clock ??= TimeProvider.System;
        cache ??= new RevocationCache(timeProvider: clock);
        _ocsp = new OcspSource(options, httpClient, cache, clock);
        _crl = new CrlSource(options, httpClient, cache);
    }

    /// <summary>Checks <paramref name="certificate"/>, whose CRLs only its issuer signs.</summary>
    /// <param name="certificate">The certificate to check.</param>
    /// <param name="issuer">Its issuer.</param>
    /// <param name="validationTime">The time the status must hold at.</param>
    /// <param name="evidence">CRLs and OCSP responses at hand.</param>
    /// <param name="cancellationToken">Cancels network fetches.</param>
    /// <returns>The status with its evidence; never throws for bad or missing evidence.</returns>
    public Task<RevocationCheckResult> CheckAsync(
        X509Certificate2 certificate, X509Certificate2 issuer, DateTimeOffset validationTime, RevocationEvidence evidence, CancellationToken cancellationToken)
        => CheckAsync(certificate, issuer, [], validationTime, evidence, cancellationToken);

    /// <inheritdoc />
    public async Task<RevocationCheckResult> CheckAsync(
        X509Certificate2 certificate, X509Certificate2 issuer, IReadOnlyList<X509Certificate2> crlIssuers, DateTimeOffset validationTime, RevocationEvidence evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(crlIssuers);
        ArgumentNullException.ThrowIfNull(evidence);
        RevocationCheckMode mode = _options.Revocation.Mode;
        if (mode == RevocationCheckMode.None)
        {
            return new RevocationCheckResult(RevocationInfo.NotChecked, null, []);
        }

        var errors = new List<string>();
        try
        {
            return await CheckCoreAsync(certificate, issuer, [issuer, .. crlIssuers], validationTime, evidence, mode, errors, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (ParseErrors.Is(e))
        {
            // Last line of defence: a malformed extension of the certificate or issuer itself, say.
            errors.Add($"Revocation checking failed: {e.GetType().Name}: {e.Message}");
            return RevocationCheckResult.Unavailable([.. errors]);
        }
    }

    private async Task<RevocationCheckResult> CheckCoreAsync(
        X509Certificate2 certificate, X509Certificate2 issuer, X509Certificate2[] crlSigners, DateTimeOffset validationTime, RevocationEvidence evidence, RevocationCheckMode mode, List<string> errors, CancellationToken cancellationToken)
    {
        RevocationInfo? unknown = null;
        bool[] ocspFirst = mode switch
        {
            RevocationCheckMode.OcspOnly => [true],
            RevocationCheckMode.CrlOnly => [false],
            RevocationCheckMode.CrlThenOcsp => [false, true],
            _ => [true, false],
        };

        List<ParsedCrl> embeddedCrls = CrlSource.ParseEmbedded([.. evidence.Crls, .. _options.Crls], certificate, errors);
        IReadOnlyList<byte[]> embeddedOcsp = [.. evidence.OcspResponses, .. _options.OcspResponses];
        foreach (bool ocsp in ocspFirst)
        {
            RevocationInfo? info = ocsp
                ? _ocsp.CheckEmbedded(embeddedOcsp, certificate, issuer, validationTime, errors)
                : _crl.CheckEmbedded(embeddedCrls, certificate, crlSigners, validationTime, errors);
            if (Decisive(info, ref unknown))
            {
                return Result(info!, errors);
            }
        }

        if (!_options.Offline)
        {
            foreach (bool ocsp in ocspFirst)
            {
                RevocationInfo? info = ocsp
                    ? await _ocsp.CheckOnlineAsync(certificate, issuer, validationTime, errors, cancellationToken).ConfigureAwait(false)
                    : await _crl.CheckOnlineAsync(certificate, crlSigners, validationTime, embeddedCrls, errors, cancellationToken).ConfigureAwait(false);
                if (Decisive(info, ref unknown))
                {
                    return Result(info!, errors);
                }
            }
        }
        else
        {
            errors.Add("Offline: no OCSP responder or CRL distribution point was asked.");
        }

        return unknown is null
            ? RevocationCheckResult.Unavailable([.. errors])
            : new RevocationCheckResult(unknown, SubIndication.TryLater, errors);
    }

    private static bool Decisive(RevocationInfo? info, ref RevocationInfo? unknown)
    {
        if (info?.Status == RevocationStatus.Unknown)
        {
            unknown ??= info;
        }

        return info?.Status is RevocationStatus.Good or RevocationStatus.Revoked;
    }

    private static RevocationCheckResult Result(RevocationInfo info, List<string> errors)
        => new(info, info.Status == RevocationStatus.Revoked ? SubIndication.RevokedNoPoe : null, errors);
}
