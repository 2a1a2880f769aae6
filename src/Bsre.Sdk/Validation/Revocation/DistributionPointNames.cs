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
            return [];
        }

        if (name.Type == DistributionPointName.NameRelativeToCrlIssuer)
        {
            var rdns = Asn1Sequence.GetInstance(crlIssuer.ToAsn1Object()).Cast<Asn1Encodable>().Append(Asn1Set.GetInstance(name.Name));
            return [Directory(X509Name.GetInstance(new DerSequence(rdns.ToArray())))];
        }

        return Keys(GeneralNames.GetInstance(name.Name));
    }

    /// <summary>Gets the keys of general names (a full name, a cRLIssuer field, or an issuer and its alternative names).</summary>
    public static IEnumerable<string> Keys(GeneralNames names)
    {
        foreach (GeneralName general in names.GetNames())
        {
            yield return general.TagNo switch
            {
                GeneralName.UniformResourceIdentifier => "uri:" + DerIA5String.GetInstance(general.Name).GetString().ToLowerInvariant(),
                GeneralName.DirectoryName => Directory(X509Name.GetInstance(general.Name)),
                _ => "other:" + Convert.ToHexString(general.GetEncoded(Asn1Encodable.Der)),
            };
        }
    }

    /// <summary>Gets the key of a directory name.</summary>
    public static string Directory(X509Name name)
        => "dn:" + string.Join(' ', name.ToString(false, X509Name.DefaultSymbols).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
