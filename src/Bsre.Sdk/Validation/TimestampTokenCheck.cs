using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Validation;

/// <summary>
/// Checks a timestamp token inside a CMS signature: the TSA's signature over it, then the TSA certificate's path.
/// Records the token's own result in <see cref="ResultBuilder.Timestamps"/>.
/// </summary>
internal sealed class TimestampTokenCheck(ValidationEngine engine, IEnumerable<X509Certificate2> knownCertificates)
{
    /// <summary>Verifies <paramref name="token"/>; a token whose signature does not verify fails the signature.</summary>
    /// <param name="token">The token, whose imprint the caller has already matched.</param>
    /// <param name="kind">What the token is.</param>
    /// <param name="result">Receives the failure or the warning, and the token's own result.</param>
    /// <param name="candidates">Certificates at hand for the TSA's path.</param>
    /// <param name="evidence">Revocation data at hand.</param>
    /// <param name="cancellationToken">Cancels fetches.</param>
    /// <returns>Whether the token verifies, and its time when its TSA is also trusted.</returns>
    public async Task<(bool Intact, DateTimeOffset? ProvenTime)> CheckAsync(
        TimestampToken token, TimestampKind kind, ResultBuilder result, IReadOnlyCollection<X509Certificate2> candidates, RevocationEvidence evidence, CancellationToken cancellationToken)
    {
        string name = Name(kind);
        X509Certificate2? tsa = token.TsaCertificate ?? knownCertificates.FirstOrDefault(c => c.Subject.Length > 0 && IsTsa(c, token));
        try
        {
            token.VerifySignature(tsa);
        }
        catch (Exception e) when (e is TimestampException or NotSupportedException)
        {
            Record(result, kind, token, tsa, ValidationIndication.TotalFailed, SubIndication.SigCryptoFailure);
            result.Fail(ValidationIndication.TotalFailed, SubIndication.SigCryptoFailure, FindingCodes.TimestampSignatureInvalid, $"The {name} is invalid: {e.Message}");
            return (false, null);
        }

        var path = await engine.ValidateAsync(tsa!, [.. token.Certificates, .. candidates], CertificateUsage.Timestamping, evidence, token.GenerationTime, result.Findings, cancellationToken).ConfigureAwait(false);
        if (!path.IsValid)
        {
            Record(result, kind, token, tsa, path.Indication, path.SubIndication);
            result.Warn(FindingCodes.TimestampTsaUntrusted, $"The {name}'s TSA certificate is not trusted, so its time is not used: {string.Join("; ", path.Errors)}");
            return (true, null);
        }

        // A timestamp cannot prove its own existence: its algorithms are judged at the validation time.
        CryptoVerdict crypto = engine.Crypto.Judge(name, token.Digests, tsa!, engine.Now, null) is { Accepted: false } weak ? weak : engine.Crypto.JudgeChain(path.Chain, engine.Now, null);
        if (!crypto.Accepted)
        {
            Record(result, kind, token, tsa, ValidationIndication.Indeterminate, SubIndication.CryptoConstraintsFailureNoPoe);
            result.Warn(FindingCodes.CryptoConstraintsNotMet, $"{crypto.Message} So its time is not used.");
            return (true, null);
        }

        Record(result, kind, token, tsa, ValidationIndication.TotalPassed, null);
        return (true, token.GenerationTime);
    }

    /// <summary>Records a token that fails before its signature is checked (unreadable imprint, mismatch).</summary>
    public static void Record(ResultBuilder result, TimestampKind kind, TimestampToken token, X509Certificate2? tsa, ValidationIndication indication, SubIndication? subIndication)
        => result.Timestamps.Add(new TimestampValidationResult
        {
            Kind = kind,
            Time = token.GenerationTime,
            TsaCertificate = tsa ?? token.TsaCertificate,
            Indication = indication,
            SubIndication = subIndication,
        });

    public static string Name(TimestampKind kind) => kind switch
    {
        TimestampKind.Signature => "signature timestamp",
        TimestampKind.Archive => "archive timestamp",
        _ => "document timestamp",
    };

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
