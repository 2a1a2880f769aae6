using Org.BouncyCastle.Pkix;
using Org.BouncyCastle.Security.Certificates;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace Bsre.Sdk.Validation;

/// <summary>
/// Runs the RFC 5280 §6.1 checks on one candidate path with BouncyCastle's PKIX validator (signatures, validity,
/// name chaining, basic constraints and path length, CA key usage, name constraints, certificate policies,
/// critical extensions) with its revocation checking off, then the target's key usage and EKU.
/// </summary>
internal static class PkixPathCheck
{
    /// <summary>Checks <paramref name="path"/> (target first, trust anchor last); <see langword="null"/> when it is valid.</summary>
    public static PathFailure? Check(PathCertificate[] path, DateTimeOffset time, PolicyInputs policies, CertificateUsage usage)
    {
        if (path.Length > 1)
        {
            var certificates = new List<BcCertificate>(path.Length - 1);
            for (int i = 0; i < path.Length - 1; i++)
            {
                certificates.Add(path[i].Bc);
            }

            var parameters = new PkixParameters(new HashSet<TrustAnchor> { new(path[^1].Bc, null) })
            {
                IsRevocationEnabled = false,
                Date = time.UtcDateTime,
                IsExplicitPolicyRequired = policies.ExplicitPolicyRequired,
                IsPolicyMappingInhibited = policies.PolicyMappingInhibited,
                IsAnyPolicyInhibited = policies.AnyPolicyInhibited,
            };
            parameters.SetInitialPolicies(new HashSet<string>(policies.InitialPolicies));
            try
            {
                new PkixCertPathValidator().Validate(new PkixCertPath(certificates), parameters);
            }
            catch (PkixCertPathValidatorException e)
            {
                return Classify(e, path, usage);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or CertificateException or Org.BouncyCastle.Security.GeneralSecurityException)
            {
                return new PathFailure(SubIndication.CertificateChainGeneralFailure, $"The path of {PathMessages.Describe(path, 0, usage)} could not be checked: {e.Message}");
            }
        }

        return KeyUsageCheck.Check(path, usage) ?? TargetPolicyCheck.Check(path, policies, usage);
    }

    private static PathFailure Classify(PkixCertPathValidatorException e, PathCertificate[] path, CertificateUsage usage)
    {
        // BC reports trust anchor mismatches and the final policy check with index -1.
        bool signature = e.Message.Contains("signature", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("TrustAnchor found but", StringComparison.Ordinal)
            || e.Message.Contains("Trust anchor for certification path not found", StringComparison.Ordinal);
        int index = e.Index >= 0 && e.Index < path.Length - 1 ? e.Index : signature ? path.Length - 2 : 0;
        PathCertificate certificate = path[index];
        string who = PathMessages.Describe(path, index, usage);
        switch (e.InnerException)
        {
            case CertificateExpiredException:
                return new PathFailure(SubIndication.OutOfBoundsNoPoe, $"{PathMessages.Capitalize(who)} expired {PathMessages.Format(certificate.Certificate.NotAfter)}.");
            case CertificateNotYetValidException:
                return new PathFailure(SubIndication.OutOfBoundsNoPoe, $"{PathMessages.Capitalize(who)} is not valid until {PathMessages.Format(certificate.Certificate.NotBefore)}.");
        }

        if (signature)
        {
            // A certificate naming its issuer's key (AKI = SKI) with a bad signature is corrupt or forged; one matched by name only has just no issuer.
            var sub = certificate.MatchIssuer(path[index + 1]) == IssuerMatch.KeyIdentifier
                ? SubIndication.CertificateChainGeneralFailure
                : SubIndication.NoCertificateChainFound;
            return new PathFailure(sub, $"The signature of {who} does not verify with the key of {PathMessages.Describe(path, index + 1, usage)}.");
        }

        string what = e.Message.Contains("policy", StringComparison.OrdinalIgnoreCase)
            ? $"The path of {PathMessages.Describe(path, 0, usage)} has no acceptable certificate policy (RFC 5280 policy processing failed at {who})"
            : $"{PathMessages.Capitalize(who)} breaks the chain constraints";
        return new PathFailure(SubIndication.ChainConstraintsFailure, $"{what}: {e.Message}");
    }
}
