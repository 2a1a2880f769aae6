using Bsre.Sdk.Internal;
using Bsre.Sdk.Validation.Revocation;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Esf;
using Org.BouncyCastle.Asn1.Ocsp;
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

    /// <summary>id-pkix-ocsp-basic used as an other-revocation-info format: a BasicOCSPResponse among the crls (what EU DSS writes).</summary>
    public static readonly DerObjectIdentifier BasicOcspResponseFormat = OcspObjectIdentifiers.PkixOcspBasic;

    /// <summary>Reads the SignedData-level CRLs and OCSP responses (RFC 5940 and BasicOCSPResponse forms); call after the content is read.</summary>
    public static RevocationEvidence FromSignedData(CmsSignedDataParser parser)
    {
        byte[][] crls = [.. parser.GetCrls().EnumerateMatches(null).Select(crl => crl.GetEncoded())];
        IEnumerable<Asn1Encodable> basic = parser.GetOtherRevInfos(BasicOcspResponseFormat).EnumerateMatches(null)
            .Select(b => new OcspResponse(new OcspResponseStatus(OcspResponseStatus.Successful), new ResponseBytes(BasicOcspResponseFormat, new DerOctetString(b.ToAsn1Object().GetEncoded(Asn1Encodable.Der)))));
        byte[][] ocsp = [.. parser.GetOtherRevInfos(OcspResponseFormat).EnumerateMatches(null).Concat(basic).Select(r => r.ToAsn1Object().GetEncoded(Asn1Encodable.Der))];
        return new RevocationEvidence(crls, ocsp);
    }

    /// <summary>
    /// The other-revocation-info entries of the SignedData crls field ([1] IMPLICIT OtherRevocationInfoFormat, RFC 5652
    /// §10.2.1) in the formats read here, each whole, tag included, as an ats-hash-index-v3 lists it (EN 319 122-1 §5.5.2.2).
    /// </summary>
    public static IEnumerable<Asn1Encodable> OtherRevocationEntries(CmsSignedDataParser parser)
        => new[] { OcspResponseFormat, BasicOcspResponseFormat }.SelectMany(format => parser.GetOtherRevInfos(format).EnumerateMatches(null).Select(info => Entry(format, info)));

    /// <summary>An OCSP response as an entry of the SignedData crls field (RFC 5940 other revocation info).</summary>
    public static Asn1Encodable OcspEntry(Asn1Encodable ocspResponse) => Entry(OcspResponseFormat, ocspResponse);

    private static DerTaggedObject Entry(DerObjectIdentifier format, Asn1Encodable info) => new DerTaggedObject(false, 1, new DerSequence(format, info));

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
