using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>
/// Canonical keys for distribution point names (RFC 5280 §4.2.1.13, §5.2.5), so a certificate's
/// CRL distribution point can be matched with a CRL's issuingDistributionPoint: URIs compare
/// case-insensitively, directory names by their canonical string, and nameRelativeToCRLIssuer
/// is expanded against the CRL issuer.
/// </summary>
internal static class DistributionPointNames
{
    /// <summary>Gets the keys of one distribution point name.</summary>
    /// <param name="name">The name, full or relative.</param>
    /// <param name="crlIssuer">The CRL issuer a relative name extends.</param>
    public static IEnumerable<string> Keys(DistributionPointName? name, X509Name crlIssuer)
    {
        if (name is null)
        {
            yield break;
        }

        if (name.Type == DistributionPointName.NameRelativeToCrlIssuer)
        {
            var rdns = Asn1Sequence.GetInstance(crlIssuer.ToAsn1Object()).Cast<Asn1Encodable>().Append(Asn1Set.GetInstance(name.Name));
            yield return DirectoryKey(X509Name.GetInstance(new DerSequence(rdns.ToArray())));
            yield break;
        }

        foreach (GeneralName general in GeneralNames.GetInstance(name.Name).GetNames())
        {
            switch (general.TagNo)
            {
                case GeneralName.UniformResourceIdentifier:
                    yield return "uri:" + DerIA5String.GetInstance(general.Name).GetString().ToLowerInvariant();
                    break;
                case GeneralName.DirectoryName:
                    yield return DirectoryKey(X509Name.GetInstance(general.Name));
                    break;
                default:
                    yield return "other:" + Convert.ToHexString(general.GetEncoded(Asn1Encodable.Der));
                    break;
            }
        }
    }

    private static string DirectoryKey(X509Name name)
        => "dn:" + string.Join(' ', name.ToString(false, X509Name.DefaultSymbols).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
