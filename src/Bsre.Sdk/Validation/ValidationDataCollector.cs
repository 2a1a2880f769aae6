using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Validation;

/// <summary>
/// Fetches, verifies and gathers the revocation data of certificate paths (OCSP first, then the
/// CRL, through the same checker validation uses), for CAdES and PAdES B-LT.
/// </summary>
internal sealed class ValidationDataCollector
{
    private readonly RevocationChecker _checker;
    private readonly TimeProvider _time;

    public ValidationDataCollector(HttpClient? httpClient, TimeProvider timeProvider, RevocationCache? cache = null)
    {
        var options = new SignatureValidationOptions { TimeProvider = timeProvider };
        _checker = new RevocationChecker(options, httpClient ?? SharedHttpClient.Instance, cache ?? RevocationCache.Shared);
        _time = timeProvider;
    }

    /// <summary>Collects the data for each path: a certificate followed by its issuers, nearest first.</summary>
    /// <exception cref="ValidationDataException">A certificate's status could not be established, or it is revoked.</exception>
    public async Task<ValidationData> CollectAsync(IEnumerable<IReadOnlyList<X509Certificate2>> paths, CancellationToken cancellationToken)
    {
        var certificates = new List<X509Certificate2>();
        var ocsp = new List<byte[]>();
        var crls = new List<byte[]>();
        foreach (IReadOnlyList<X509Certificate2> path in paths)
        {
            certificates.AddRange(path.Where(c => !certificates.Any(known => known.RawData.AsSpan().SequenceEqual(c.RawData))));
            for (int i = 0; i + 1 < path.Count; i++)
            {
                RevocationInfo info = await CheckAsync(path[i], path[i + 1], cancellationToken).ConfigureAwait(false);
                List<byte[]> target = info.Source == RevocationSource.Ocsp ? ocsp : crls;
                if (info.Encoded is { } encoded && !target.Any(known => known.AsSpan().SequenceEqual(encoded)))
                {
                    target.Add(encoded);
                }
            }
        }

        return new ValidationData(certificates, ocsp, crls);
    }

    private async Task<RevocationInfo> CheckAsync(X509Certificate2 certificate, X509Certificate2 issuer, CancellationToken cancellationToken)
    {
        RevocationCheckResult result = await _checker.CheckAsync(certificate, issuer, _time.GetUtcNow(), RevocationEvidence.Empty, cancellationToken).ConfigureAwait(false);
        return result.Failure switch
        {
            null => result.Info,
            SubIndication.RevokedNoPoe => throw new ValidationDataException($"The certificate '{certificate.Subject}' is revoked ({result.Info.Reason ?? "no reason given"}, {result.Info.RevokedAt:u}): it must not sign."),
            _ => throw new ValidationDataException($"The revocation status of '{certificate.Subject}' could not be collected: {string.Join(" ", result.Errors)}"),
        };
    }
}
