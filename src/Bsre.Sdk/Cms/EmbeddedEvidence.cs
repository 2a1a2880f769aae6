using Bsre.Sdk.Internal;
using Bsre.Sdk.Validation.Revocation;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Esf;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Cms;
using X509Certificate2 = System.Security.Cryptography.X509Certificates.X509Certificate2;

namespace Bsre.Sdk.Cms;

/// <summary>
/// Validation data carried inside a CMS signature: the SignedData crls field (CRLs and RFC 5940
/// OCSP responses) and the CAdES certificate-values and revocation-values attributes (B-LT).
/// </summary>
internal static class EmbeddedEvidence
{
    /// <summary>id-ri-ocsp-response (RFC 5940): an OCSP response among the SignedData crls.</summary>
    public static readonly DerObjectIdentifier OcspResponseFormat = new("1.3.6.1.5.5.7.16.2");

    /// <summary>Reads the SignedData-level CRLs and OCSP responses; call after the content is read.</summary>
    public static RevocationEvidence FromSignedData(CmsSignedDataParser parser)
    {
        byte[][] crls = [.. parser.GetCrls().EnumerateMatches(null).Select(crl => crl.GetEncoded())];
        byte[][] ocsp = [.. parser.GetOtherRevInfos(OcspResponseFormat).EnumerateMatches(null).Select(r => r.ToAsn1Object().GetEncoded(Asn1Encodable.Der))];
        return new RevocationEvidence(crls, ocsp);
    }

    /// <summary>An OCSP response as an entry of the SignedData crls field (RFC 5940 other revocation info).</summary>
    public static Asn1Encodable OcspEntry(Asn1Encodable ocspResponse) => new DerTaggedObject(false, 1, new DerSequence(OcspResponseFormat, ocspResponse));

    /// <summary>Reads the signer's revocation-values attribute.</summary>
    public static RevocationEvidence FromSigner(SignerInformation signer)
    {
        if (SignerAttributes.Single(signer.UnsignedAttributes, PkcsObjectIdentifiers.IdAAEtsRevocationValues) is not { } value)
        {
            return RevocationEvidence.Empty;
        }

        var values = RevocationValues.GetInstance(value);
        byte[][] crls = [.. (values.GetCrlVals() ?? []).Select(c => c.GetEncoded(Asn1Encodable.Der))];
        byte[][] ocsp = [.. (values.GetOcspVals() ?? []).Select(r => r.GetEncoded(Asn1Encodable.Der))];
        return new RevocationEvidence(crls, ocsp);
    }

    /// <summary>Reads the signer's certificate-values attribute.</summary>
    public static IEnumerable<X509Certificate2> Certificates(SignerInformation signer)
        => SignerAttributes.Single(signer.UnsignedAttributes, PkcsObjectIdentifiers.IdAAEtsCertValues) is Asn1Sequence values
            ? values.Cast<Asn1Encodable>().Select(c => Internal.Certificates.Load(c.GetEncoded(Asn1Encodable.Der)))
            : [];
}
