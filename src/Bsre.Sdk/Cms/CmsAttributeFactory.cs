using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Esf;
using Org.BouncyCastle.Asn1.Ess;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Attribute = Org.BouncyCastle.Asn1.Cms.Attribute;

namespace Bsre.Sdk.Cms;

/// <summary>Builds the CAdES signed and unsigned attributes.</summary>
internal static class CmsAttributeFactory
{
    public static Attribute ContentType() => new(CmsAttributes.ContentType, new DerSet(CmsObjectIdentifiers.Data));

    public static Attribute MessageDigest(ReadOnlySpan<byte> digest) => new(CmsAttributes.MessageDigest, new DerSet(new DerOctetString(digest.ToArray())));

    public static Attribute SigningTime(DateTimeOffset time) => new(CmsAttributes.SigningTime, new DerSet(new Org.BouncyCastle.Asn1.Cms.Time(time.UtcDateTime)));

    /// <summary>ESS signing-certificate-v2 (RFC 5035) with SHA-256, whose algorithm identifier is then omitted as the default.</summary>
    public static Attribute SigningCertificateV2(X509Certificate2 certificate)
    {
        var bc = Certificates.ToBouncyCastle(certificate);
        var issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(bc.IssuerDN)), new DerInteger(bc.SerialNumber));
        var id = new EssCertIDv2(SHA256.HashData(certificate.RawDataMemory.Span), issuerSerial);
        return new Attribute(PkcsObjectIdentifiers.IdAASigningCertificateV2, new DerSet(new SigningCertificateV2(new[] { id })));
    }

    /// <summary>CAdES certificate-values (ETSI EN 319 122-1 §5.5.1): the certificates of the paths.</summary>
    public static Attribute CertificateValues(IEnumerable<X509Certificate2> certificates)
        => new(PkcsObjectIdentifiers.IdAAEtsCertValues, new DerSet(new DerSequence(certificates.Select(c => (Asn1Encodable)X509CertificateStructure.GetInstance(c.RawData)).ToArray())));

    /// <summary>CAdES revocation-values (ETSI EN 319 122-1 §5.5.2): CRLs and BasicOCSPResponses.</summary>
    public static Attribute RevocationValues(Validation.ValidationData data)
    {
        CertificateList[] crls = [.. data.Crls.Select(CertificateList.GetInstance)];
        BasicOcspResponse[] ocsp = [.. data.OcspResponses.Select(r => BasicOcspResponse.GetInstance(OcspResponse.GetInstance(r).ResponseBytes.Response.GetOctets()))];
        return new Attribute(PkcsObjectIdentifiers.IdAAEtsRevocationValues, new DerSet(new RevocationValues(crls, ocsp, null)));
    }

    public static Attribute SignatureTimestamp(ReadOnlyMemory<byte> token)
        => new(PkcsObjectIdentifiers.IdAASignatureTimeStampToken, new DerSet(Asn1Object.FromByteArray(token.ToArray())));
}
