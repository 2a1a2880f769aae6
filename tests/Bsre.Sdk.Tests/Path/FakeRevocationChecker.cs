using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Tests.PathValidation;

/// <summary>Answers revocation checks from a table (subject → result; good otherwise) and records the calls.</summary>
internal sealed class FakeRevocationChecker : IRevocationChecker
{
    public Dictionary<string, RevocationCheckResult> Results { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<(string Subject, string Issuer)> Calls { get; } = new();

    /// <summary>
    /// Gets or sets an answer that depends on the CRL signer (the issuer, then each other CRL issuer given while the answer
    /// is TryLater); <see langword="null"/> falls back to <see cref="Results"/>.
    /// </summary>
    public Func<X509Certificate2, X509Certificate2, RevocationCheckResult?> ByIssuer { get; set; } = (_, _) => null;

    /// <summary>Gets the other CRL issuers passed with each call, in call order.</summary>
    public ConcurrentQueue<IReadOnlyList<X509Certificate2>> CrlIssuers { get; } = new();

    public Task<RevocationCheckResult> CheckAsync(
        X509Certificate2 certificate, X509Certificate2 issuer, IReadOnlyList<X509Certificate2> crlIssuers, DateTimeOffset validationTime, RevocationEvidence evidence, CancellationToken cancellationToken)
    {
        Calls.Enqueue((certificate.Subject, issuer.Subject));
        CrlIssuers.Enqueue(crlIssuers);
        RevocationCheckResult? answer = null;
        foreach (X509Certificate2 signer in crlIssuers.Prepend(issuer))
        {
            answer = ByIssuer(certificate, signer);
            if (answer?.Failure != SubIndication.TryLater)
            {
                break;
            }
        }

        if (answer is not null)
        {
            return Task.FromResult(answer);
        }

        return Task.FromResult(Results.TryGetValue(certificate.Subject, out var result)
            ? result
            : RevocationCheckResult.Good(new RevocationInfo { Status = RevocationStatus.Good, Source = RevocationSource.EmbeddedCrl }));
    }

    public static RevocationCheckResult Revoked(DateTimeOffset at) => new(
        new RevocationInfo { Status = RevocationStatus.Revoked, Source = RevocationSource.EmbeddedCrl, RevokedAt = at, Reason = "keyCompromise" },
        SubIndication.RevokedNoPoe,
        []);
}
