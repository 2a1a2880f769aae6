using Bsre.Sdk.Internal;

namespace Bsre.Sdk.Validation;

/// <summary>The RFC 5280 §6.1.1 policy inputs of path validation, and the policies the target itself must assert.</summary>
/// <param name="InitialPolicies">The user-initial-policy-set; empty means anyPolicy.</param>
/// <param name="ExplicitPolicyRequired">initial-explicit-policy.</param>
/// <param name="PolicyMappingInhibited">initial-policy-mapping-inhibit.</param>
/// <param name="AnyPolicyInhibited">initial-any-policy-inhibit.</param>
/// <param name="RequiredTargetPolicies">Policy OIDs of which the target certificate must assert one; empty for none.</param>
internal sealed record PolicyInputs(
    IReadOnlySet<string> InitialPolicies,
    bool ExplicitPolicyRequired = false,
    bool PolicyMappingInhibited = false,
    bool AnyPolicyInhibited = false,
    IReadOnlySet<string>? RequiredTargetPolicies = null)
{
    /// <summary>Any policy, nothing required.</summary>
    public static PolicyInputs None { get; } = new(new HashSet<string>());

    /// <summary>Gets a stable text form, part of the path cache key.</summary>
    public string Key { get; } = string.Join(',', InitialPolicies.Order(StringComparer.Ordinal))
        + (ExplicitPolicyRequired ? "|e" : "|") + (PolicyMappingInhibited ? "m" : string.Empty) + (AnyPolicyInhibited ? "a" : string.Empty)
        + "|" + string.Join(',', (RequiredTargetPolicies ?? new HashSet<string>()).Order(StringComparer.Ordinal));

    /// <summary>
    /// The inputs for a signing certificate: the accepted policy OIDs as user-initial-policy-set, and the signing
    /// certificate must assert one of them (as DSS's certificate policy constraint does). Explicit policy is not
    /// required of the CAs, which often assert no policy; none when no OIDs are configured.
    /// </summary>
    public static PolicyInputs For(SignatureValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.AcceptedPolicyOids.Count == 0)
        {
            return None;
        }

        if (options.AcceptedPolicyOids.FirstOrDefault(oid => !ObjectIdentifiers.IsDotted(oid)) is { } bad)
        {
            throw new ArgumentException($"SignatureValidationOptions.AcceptedPolicyOids holds '{bad}', which is not a dotted OID such as 2.16.360.1.1.1.1.1.", nameof(options));
        }

        var accepted = new HashSet<string>(options.AcceptedPolicyOids, StringComparer.Ordinal);
        return new PolicyInputs(accepted, RequiredTargetPolicies: accepted);
    }
}
