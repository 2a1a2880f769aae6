using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation;

/// <summary>
/// Builds and checks a certificate path to the configured trust anchors at a given time
/// (RFC 5280 signatures, validity, basic and name constraints, key usage).
/// </summary>
internal sealed class CertificatePathValidator
{
    private readonly SignatureValidationOptions _options;

    public CertificatePathValidator(SignatureValidationOptions options) => _options = options;

    public PathValidationResult Validate(X509Certificate2 certificate, IEnumerable<X509Certificate2> candidates, DateTimeOffset time)
    {
        using var chain = new X509Chain();
        X509ChainPolicy policy = chain.ChainPolicy;
        policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        policy.CustomTrustStore.AddRange(_options.TrustAnchors);
        policy.ExtraStore.AddRange(_options.ExtraCertificates);
        foreach (var candidate in candidates)
        {
            policy.ExtraStore.Add(candidate);
        }

        policy.RevocationMode = X509RevocationMode.NoCheck;
        policy.DisableCertificateDownloads = _options.Offline;
        policy.VerificationTime = time.UtcDateTime;
        policy.VerificationTimeIgnored = false;

        bool built = chain.Build(certificate);
        var elements = chain.ChainElements.Select(e => new CertificateInfo(e.Certificate)).ToArray();
        if (built)
        {
            return new PathValidationResult(elements, ValidationIndication.TotalPassed, null, []);
        }

        var flags = chain.ChainStatus.Aggregate(X509ChainStatusFlags.NoError, (all, s) => all | s.Status);
        var errors = chain.ChainStatus.Select(s => $"Certificate chain: {s.StatusInformation.Trim()} ({s.Status})").Distinct().ToArray();
        SubIndication sub = Classify(flags);
        return new PathValidationResult(elements, ValidationIndication.Indeterminate, sub, errors);
    }

    private static SubIndication Classify(X509ChainStatusFlags flags)
    {
        if ((flags & (X509ChainStatusFlags.UntrustedRoot | X509ChainStatusFlags.PartialChain)) != 0)
        {
            return SubIndication.NoCertificateChainFound;
        }

        if ((flags & X509ChainStatusFlags.NotTimeValid) != 0)
        {
            return SubIndication.OutOfBoundsNoPoe;
        }

        const X509ChainStatusFlags constraints = X509ChainStatusFlags.InvalidBasicConstraints
            | X509ChainStatusFlags.InvalidNameConstraints | X509ChainStatusFlags.HasNotSupportedNameConstraint
            | X509ChainStatusFlags.HasNotPermittedNameConstraint | X509ChainStatusFlags.HasExcludedNameConstraint
            | X509ChainStatusFlags.NotValidForUsage | X509ChainStatusFlags.InvalidPolicyConstraints
            | X509ChainStatusFlags.NoIssuanceChainPolicy | X509ChainStatusFlags.InvalidExtension;
        return (flags & constraints) != 0 ? SubIndication.ChainConstraintsFailure : SubIndication.CertificateChainGeneralFailure;
    }
}
