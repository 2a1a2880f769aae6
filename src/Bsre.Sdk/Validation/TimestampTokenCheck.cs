using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Validation;

/// <summary>Checks a timestamp token inside a CMS signature: the TSA's signature over it, then the TSA certificate's path.</summary>
internal sealed class TimestampTokenCheck(ValidationEngine engine, IEnumerable<X509Certificate2> knownCertificates)
{
    /// <summary>Verifies <paramref name="token"/>; a token that does not verify fails the signature.</summary>
    /// <param name="token">The token, whose imprint the caller has already matched.</param>
    /// <param name="name">What the token is, for messages ("signature timestamp").</param>
    /// <param name="outcome">Receives the failure or the warning.</param>
    /// <param name="candidates">Certificates at hand for the TSA's path.</param>
    /// <param name="evidence">Revocation data at hand.</param>
    /// <param name="cancellationToken">Cancels fetches.</param>
    /// <returns>Whether the token verifies, and its time when its TSA is also trusted.</returns>
    public async Task<(bool Intact, DateTimeOffset? ProvenTime)> CheckAsync(
        TimestampToken token, string name, Outcome outcome, IReadOnlyCollection<X509Certificate2> candidates, RevocationEvidence evidence, CancellationToken cancellationToken)
    {
        X509Certificate2? tsa = token.TsaCertificate ?? knownCertificates.FirstOrDefault(c => c.Subject.Length > 0 && IsTsa(c, token));
        try
        {
            token.VerifySignature(tsa);
        }
        catch (Exception e) when (e is TimestampException or NotSupportedException)
        {
            outcome.Fail(ValidationIndication.TotalFailed, SubIndication.SigCryptoFailure, $"The {name} is invalid: {e.Message}");
            return (false, null);
        }

        var path = await engine.ValidateAsync(tsa!, [.. token.Certificates, .. candidates], CertificateUsage.Timestamping, evidence, token.GenerationTime, outcome.Warnings, cancellationToken).ConfigureAwait(false);
        if (path.IsValid)
        {
            return (true, token.GenerationTime);
        }

        outcome.Warnings.Add($"The {name}'s TSA certificate is not trusted, so its time is not used: {string.Join("; ", path.Errors)}");
        return (true, null);
    }

    private static bool IsTsa(X509Certificate2 certificate, TimestampToken token)
    {
        try
        {
            token.VerifySignature(certificate);
            return true;
        }
        catch (TimestampException)
        {
            return false;
        }
    }
}
