using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Validation;

/// <summary>Checks that the target certificate asserts one of the required certificate policies (e.g. BSrE's Certificate Policy).</summary>
internal static class TargetPolicyCheck
{
    /// <summary>Returns why <paramref name="path"/>'s target lacks the policies, or <see langword="null"/>.</summary>
    public static PathFailure? Check(PathCertificate[] path, PolicyInputs policies, CertificateUsage usage)
    {
        if (policies.RequiredTargetPolicies is not { Count: > 0 } required)
        {
            return null;
        }

        var asserted = path[0].Bc.GetExtensionValue(X509Extensions.CertificatePolicies) is { } value
            ? CertificatePolicies.GetInstance(value.GetOctets()).GetPolicyInformation().Select(p => p.PolicyIdentifier.Id).ToArray()
            : [];
        if (asserted.Any(required.Contains))
        {
            return null;
        }

        string has = asserted.Length == 0 ? "no certificate policy" : $"only the certificate policies {string.Join(", ", asserted)}";
        return new PathFailure(
            SubIndication.ChainConstraintsFailure,
            $"{PathMessages.Capitalize(PathMessages.Describe(path, 0, usage))} asserts {has}, none of the accepted {string.Join(", ", required.Order(StringComparer.Ordinal))}.");
    }
}
