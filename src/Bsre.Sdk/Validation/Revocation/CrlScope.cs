using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>What a CRL covers, from its issuingDistributionPoint extension (RFC 5280 §5.2.5).</summary>
/// <param name="OnlyUserCertificates">onlyContainsUserCerts.</param>
/// <param name="OnlyCaCertificates">onlyContainsCACerts.</param>
/// <param name="OnlyAttributeCertificates">onlyContainsAttributeCerts.</param>
/// <param name="OnlySomeReasons">onlySomeReasons as ReasonFlags bits, or <see langword="null"/> for all reasons.</param>
/// <param name="Indirect">indirectCRL.</param>
/// <param name="DistributionPointNames">Canonical keys of the distribution point's names (see <see cref="Revocation.DistributionPointNames"/>), if named.</param>
internal sealed record CrlScope(
    bool OnlyUserCertificates,
    bool OnlyCaCertificates,
    bool OnlyAttributeCertificates,
    int? OnlySomeReasons,
    bool Indirect,
    IReadOnlyList<string> DistributionPointNames)
{
    /// <summary>Decodes an issuingDistributionPoint extnValue of a CRL issued by <paramref name="crlIssuer"/>.</summary>
    public static CrlScope Decode(ReadOnlyMemory<byte> value, X509Name crlIssuer)
    {
        var idp = IssuingDistributionPoint.GetInstance(Asn1Object.FromByteArray(value.ToArray()));
        return new CrlScope(
            idp.OnlyContainsUserCerts,
            idp.OnlyContainsCACerts,
            idp.OnlyContainsAttributeCerts,
            idp.OnlySomeReasons?.IntValue,
            idp.IsIndirectCrl,
            [.. Revocation.DistributionPointNames.Keys(idp.DistributionPoint, crlIssuer)]);
    }

    /// <summary>Returns whether two scopes are the same (a delta CRL must have its base's scope).</summary>
    public static bool Same(CrlScope? a, CrlScope? b)
        => a is null || b is null
            ? a is null && b is null
            : a.OnlyUserCertificates == b.OnlyUserCertificates && a.OnlyCaCertificates == b.OnlyCaCertificates
                && a.OnlyAttributeCertificates == b.OnlyAttributeCertificates && a.OnlySomeReasons == b.OnlySomeReasons
                && a.Indirect == b.Indirect && a.DistributionPointNames.SequenceEqual(b.DistributionPointNames, StringComparer.Ordinal);
}
