using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Validation;

/// <summary>
/// One collection of validation data: checks each path's revocation like validation does (<see cref="PathRevocation"/>,
/// so CRLs of an indirect CRL issuer or of a separate CRL-signing key are found through <see cref="CrlIssuerFinder"/>
/// among the certificates at hand) and gathers the evidence used. For each CRL issuer other than a path's own CA, its
/// path to the same trust anchor is collected too, recursively, each issuer once; one whose own path needs it (a loop)
/// or whose data cannot be collected is not used. Not thread-safe.
/// </summary>
internal sealed class ValidationDataSession
{
    private readonly IRevocationChecker _checker;
    private readonly IReadOnlyCollection<X509Certificate2> _available;
    private readonly DateTimeOffset _time;
    private readonly CrlIssuerFinder _finder;
    private readonly Dictionary<string, ValidationData?> _crlIssuers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    /// <param name="checker">Checks revocation (online).</param>
    /// <param name="available">The certificates at hand, where CRL issuers and their paths are sought.</param>
    /// <param name="time">The time the status must hold at: now.</param>
    public ValidationDataSession(IRevocationChecker checker, IReadOnlyCollection<X509Certificate2> available, DateTimeOffset time)
    {
        _checker = checker;
        _available = available;
        _time = time;
        _finder = new CrlIssuerFinder(available, CollectCrlIssuerAsync);
    }

    /// <summary>Adds to <paramref name="data"/> the path's certificates and the revocation data of each but the last, with its CRL issuers' data.</summary>
    /// <exception cref="ValidationDataException">A certificate's status could not be established, or it is revoked.</exception>
    public async Task CollectAsync(PathCertificate[] path, CertificateUsage usage, ValidationDataBuilder data, CancellationToken cancellationToken)
    {
        data.AddCertificates(path.Select(p => p.Certificate));
        var (chain, failure) = await PathRevocation.CheckAsync(_checker, path, usage, _time, RevocationEvidence.Empty, _finder, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            throw new ValidationDataException($"{failure.Message} Its validation data cannot be collected.");
        }

        foreach (CertificateInfo certificate in chain)
        {
            data.AddRevocation(certificate.Revocation);
            foreach (X509Certificate2 signer in certificate.Revocation.CrlSigners)
            {
                if (_crlIssuers.TryGetValue(Id(signer), out ValidationData? issuerData) && issuerData is not null)
                {
                    data.Add(issuerData);
                }
            }
        }
    }

    /// <summary>For <see cref="CrlIssuerFinder"/>: collects a CRL issuer's path to <paramref name="anchor"/>; whether it could be.</summary>
    private async Task<bool> CollectCrlIssuerAsync(X509Certificate2 crlIssuer, X509Certificate2 anchor, CancellationToken cancellationToken)
    {
        string id = Id(crlIssuer);
        if (_crlIssuers.TryGetValue(id, out ValidationData? known))
        {
            return known is not null;
        }

        if (!_inProgress.Add(id))
        {
            return false; // its own path's revocation data needs it
        }

        try
        {
            ValidationData? collected = await TryCollectAsync(crlIssuer, anchor, cancellationToken).ConfigureAwait(false);
            _crlIssuers[id] = collected;
            return collected is not null;
        }
        finally
        {
            _inProgress.Remove(id);
        }
    }

    private async Task<ValidationData?> TryCollectAsync(X509Certificate2 crlIssuer, X509Certificate2 anchor, CancellationToken cancellationToken)
    {
        if (PathCertificate.TryCreate(crlIssuer) is not { } start
            || new CandidatePaths(new CertificatePool([anchor], _available), _time).Enumerate(start).FirstOrDefault() is not { } path)
        {
            return null;
        }

        var data = new ValidationDataBuilder();
        try
        {
            await CollectAsync(path, CertificateUsage.CrlSigning, data, cancellationToken).ConfigureAwait(false);
            return data.Build();
        }
        catch (ValidationDataException)
        {
            return null;
        }
    }

    private static string Id(X509Certificate2 certificate) => Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA256));
}
