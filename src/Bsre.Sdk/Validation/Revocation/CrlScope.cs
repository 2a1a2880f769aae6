using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>What a CRL covers, from its issuingDistributionPoint extension (RFC 5280 §5.2.5).</summary>
/// <param name="OnlyUserCertificates">onlyContainsUserCerts.</param>
/// <param name="OnlyCaCertificates">onlyContainsCACerts.</param>
/// <param name="OnlyAttributeCertificates">onlyContainsAttributeCerts.</param>
/// <param name="OnlySomeReasons">onlySomeReasons as ReasonFlags bits, or <see langword="null"/> for all reasons.</param>
/// <param name="Indirect">indirectCRL.</param>
/// <param name="DistributionPointUris">The URI full names of the distribution point, if named.</param>
internal sealed record CrlScope(
    bool OnlyUserCertificates,
    bool OnlyCaCertificates,
    bool OnlyAttributeCertificates,
    int? OnlySomeReasons,
    bool Indirect,
    IReadOnlyList<string> DistributionPointUris)
{
    /// <summary>Decodes an issuingDistributionPoint extnValue.</summary>
    public static CrlScope Decode(ReadOnlyMemory<byte> value)
    {
        var idp = IssuingDistributionPoint.GetInstance(Asn1Object.FromByteArray(value.ToArray()));
        return new CrlScope(
            idp.OnlyContainsUserCerts,
            idp.OnlyContainsCACerts,
            idp.OnlyContainsAttributeCerts,
            idp.OnlySomeReasons?.IntValue,
            idp.IsIndirectCrl,
            [.. RevocationUrls.FullNameUris(idp.DistributionPoint)]);
    }

    /// <summary>Returns whether two scopes are the same (a delta CRL must have its base's scope).</summary>
    public static bool Same(CrlScope? a, CrlScope? b)
        => a is null || b is null
            ? a is null && b is null
            : a.OnlyUserCertificates == b.OnlyUserCertificates && a.OnlyCaCertificates == b.OnlyCaCertificates
                && a.OnlyAttributeCertificates == b.OnlyAttributeCertificates && a.OnlySomeReasons == b.OnlySomeReasons
                && a.Indirect == b.Indirect && a.DistributionPointUris.SequenceEqual(b.DistributionPointUris, StringComparer.Ordinal);
}
