using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Validation;

/// <summary>
/// The one certificate-validation engine of CMS and PDF signatures: the path and its revocation at
/// the validation time, then, with a time proven by a timestamp, the past-validation rules of
/// ETSI EN 319 102-1 (a certificate revoked or expired after that time still passes).
/// </summary>
internal sealed class ValidationEngine
{
    private readonly SignatureValidationOptions _options;
    private readonly CertificatePathValidator _current;
    private readonly CertificatePathValidator _past;
    private readonly TimeProvider _clock;

    /// <summary>Creates the engine with the validator's services: <see langword="null"/> ones are the process defaults.</summary>
    public ValidationEngine(SignatureValidationOptions options, HttpClient? httpClient, TimeProvider? clock, RevocationCache? cache)
    {
        _options = options;
        _clock = clock ?? TimeProvider.System;
        HttpClient? http = options.Offline ? null : httpClient ?? SharedHttpClient.Instance;
        var revocation = new RevocationChecker(options, http, cache ?? RevocationCache.Shared, _clock);
        _current = new CertificatePathValidator(options, revocation, options.FetchIssuerCertificates ? http : null);
        _past = new CertificatePathValidator(options, revocation: null, httpClient: null);
        Crypto = new CryptoConstraints(options.CryptographicPolicy);
    }

    /// <summary>Gets the cryptographic policy every signature, certificate and timestamp is judged by.</summary>
    public CryptoConstraints Crypto { get; }

    /// <summary>Gets the validation time: <see cref="SignatureValidationOptions.ValidationTime"/>, or now on the validator's clock.</summary>
    public DateTimeOffset Now => _options.ValidationTime ?? _clock.GetUtcNow();

    /// <summary>Validates <paramref name="certificate"/>'s path now, then at <paramref name="provenTime"/> where the rules allow.</summary>
    /// <param name="certificate">The signing or TSA certificate.</param>
    /// <param name="candidates">Intermediates at hand.</param>
    /// <param name="usage">What the certificate is used for.</param>
    /// <param name="evidence">Revocation data embedded in the signature.</param>
    /// <param name="provenTime">The time a timestamp proves the signature existed at, if any.</param>
    /// <param name="findings">Receives the remarks of past validation.</param>
    /// <param name="cancellationToken">Cancels fetches.</param>
    public async Task<PathValidationResult> ValidateAsync(
        X509Certificate2 certificate,
        IReadOnlyCollection<X509Certificate2> candidates,
        CertificateUsage usage,
        RevocationEvidence evidence,
        DateTimeOffset? provenTime,
        ICollection<ValidationFinding> findings,
        CancellationToken cancellationToken)
    {
        PathValidationResult current = await _current.ValidateAsync(certificate, candidates, Now, usage, evidence, cancellationToken).ConfigureAwait(false);
        if (current.IsValid || provenTime is not { } proven)
        {
            return current;
        }

        if (current.SubIndication == SubIndication.RevokedNoPoe && current.RevokedAt is { } revokedAt)
        {
            return RevokedAt(current, revokedAt, proven, findings);
        }

        if (current.SubIndication != SubIndication.OutOfBoundsNoPoe)
        {
            return current;
        }

        PathValidationResult past = await _past.ValidateAsync(certificate, candidates, proven, usage, evidence, cancellationToken).ConfigureAwait(false);
        if (!past.IsValid)
        {
            return current;
        }

        findings.Add(new ValidationFinding(FindingCodes.ValidatedAtProofOfExistence, FindingSeverity.Warning, $"The certificate '{certificate.Subject}' is not valid at the validation time, but its path was valid at {proven:u}, the time proven by the timestamp; its revocation could not be checked for that time."));
        return past;
    }

    private static PathValidationResult RevokedAt(PathValidationResult current, DateTimeOffset revokedAt, DateTimeOffset proven, ICollection<ValidationFinding> findings)
    {
        if (proven < revokedAt)
        {
            findings.Add(new ValidationFinding(FindingCodes.RevokedAfterProofOfExistence, FindingSeverity.Warning, $"The signing certificate was revoked at {revokedAt:u}, after {proven:u}, the time the timestamp proves the signature existed: the signature stays valid."));
            return current with { Indication = ValidationIndication.TotalPassed, SubIndication = null, Errors = [] };
        }

        return current with { Indication = ValidationIndication.TotalFailed, SubIndication = Validation.SubIndication.Revoked };
    }
}
