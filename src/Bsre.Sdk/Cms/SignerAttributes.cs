using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Ess;
using Org.BouncyCastle.Asn1.Pkcs;
using Attribute = Org.BouncyCastle.Asn1.Cms.Attribute;
using AttributeTable = Org.BouncyCastle.Asn1.Cms.AttributeTable;

namespace Bsre.Sdk.Cms;

/// <summary>Reads and checks the CAdES attributes of a SignerInfo.</summary>
internal static class SignerAttributes
{
    public static byte[]? MessageDigest(AttributeTable? signed)
        => Single(signed, CmsAttributes.MessageDigest) is Asn1OctetString octets ? octets.GetOctets() : null;

    /// <summary>The claimed signing time, or <see langword="null"/> when absent or not a Time (which <see cref="CheckRules"/> reports).</summary>
    public static DateTimeOffset? SigningTime(AttributeTable? signed)
    {
        try
        {
            var value = Single(signed, CmsAttributes.SigningTime);
            return value is null ? null : new DateTimeOffset(DateTime.SpecifyKind(Time.GetInstance(value).ToDateTime(), DateTimeKind.Utc));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// The attribute rules of RFC 5652 §11: exactly one content-type (matching eContentType) and one message-digest
    /// among the signed attributes, each with one value; at most one signing-time, a valid Time; content-type,
    /// message-digest and signing-time never unsigned, countersignature never signed.
    /// </summary>
    /// <returns>What breaks a rule, or <see langword="null"/>.</returns>
    public static string? CheckRules(AttributeTable signed, AttributeTable? unsigned, DerObjectIdentifier contentType)
    {
        foreach ((DerObjectIdentifier oid, string name, bool required) in new[]
        {
            (CmsAttributes.ContentType, "content-type", true),
            (CmsAttributes.MessageDigest, "message-digest", true),
            (CmsAttributes.SigningTime, "signing-time", false),
        })
        {
            Attribute[] found = [.. signed.GetAll(oid).Cast<Attribute>()];
            if (found.Length > 1 || found.Any(a => a.AttrValues.Count != 1) || (required && found.Length == 0))
            {
                return $"The signed attributes must hold {(required ? "exactly" : "at most")} one {name} attribute with one value (RFC 5652 §11).";
            }

            if (unsigned?.GetAll(oid).Count > 0)
            {
                return $"A {name} attribute is among the unsigned attributes, where RFC 5652 §11 forbids it.";
            }
        }

        if (signed.GetAll(CmsAttributes.CounterSignature).Count > 0)
        {
            return "A countersignature is among the signed attributes, where RFC 5652 §11.4 forbids it.";
        }

        if (signed[CmsAttributes.ContentType].AttrValues[0] is not DerObjectIdentifier named || !named.Equals(contentType))
        {
            return "The content-type attribute does not name the signed content's type (RFC 5652 §11.1).";
        }

        return Single(signed, CmsAttributes.SigningTime) is { } time && !IsTime(time)
            ? "The signing-time attribute is not a valid UTCTime or GeneralizedTime (RFC 5652 §11.3)."
            : null;
    }

    private static bool IsTime(Asn1Encodable value)
    {
        try
        {
            Time.GetInstance(value).ToDateTime();
            return true;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }

    public static bool HasSigningCertificateReference(AttributeTable? signed)
        => Single(signed, PkcsObjectIdentifiers.IdAASigningCertificateV2) is not null
        || Single(signed, PkcsObjectIdentifiers.IdAASigningCertificate) is not null;

    /// <summary>
    /// Checks the ESS signing-certificate(-v2) reference against the certificate: its hash, and
    /// the issuer and serial number when present.
    /// </summary>
    /// <returns>An error message, or <see langword="null"/> when it matches or is absent.</returns>
    public static string? CheckSigningCertificateReference(AttributeTable? signed, X509Certificate2 certificate)
    {
        if (Single(signed, PkcsObjectIdentifiers.IdAASigningCertificateV2) is { } v2)
        {
            EssCertIDv2 id = SigningCertificateV2.GetInstance(v2).GetCerts()[0];
            if (!HashAlgorithms.TryFromOid(id.HashAlgorithm.Algorithm, out HashAlgorithmName hash))
            {
                return $"The signing-certificate-v2 attribute uses the unsupported hash algorithm {id.HashAlgorithm.Algorithm.Id}, so it cannot confirm the signing certificate.";
            }

            bool hashMatches = CryptographicOperations.FixedTimeEquals(HashAlgorithms.Hash(hash, certificate.RawData), id.GetCertHash());
            return Describe(hashMatches, id.IssuerSerial, certificate, "signing-certificate-v2");
        }

        if (Single(signed, PkcsObjectIdentifiers.IdAASigningCertificate) is { } v1)
        {
            EssCertID id = SigningCertificate.GetInstance(v1).GetCerts()[0];
            bool hashMatches = CryptographicOperations.FixedTimeEquals(HashAlgorithms.Hash(HashAlgorithmName.SHA1, certificate.RawData), id.GetCertHash());
            return Describe(hashMatches, id.IssuerSerial, certificate, "signing-certificate");
        }

        return null;
    }

    public static Asn1Encodable? Single(AttributeTable? table, DerObjectIdentifier oid)
    {
        Attribute? attribute = table?[oid];
        return attribute is { AttrValues.Count: > 0 } ? attribute.AttrValues[0] : null;
    }

    private static string? Describe(bool hashMatches, Org.BouncyCastle.Asn1.X509.IssuerSerial? issuerSerial, X509Certificate2 certificate, string name)
    {
        if (!hashMatches)
        {
            return $"The {name} attribute names another certificate than the one that signed (certificate hash mismatch).";
        }

        if (issuerSerial is not null)
        {
            var bc = Certificates.ToBouncyCastle(certificate);
            bool serialMatches = issuerSerial.Serial.Value.Equals(bc.SerialNumber);
            bool issuerMatches = issuerSerial.Issuer.GetNames().Any(n => n.TagNo == Org.BouncyCastle.Asn1.X509.GeneralName.DirectoryName
                && Org.BouncyCastle.Asn1.X509.X509Name.GetInstance(n.Name).Equivalent(bc.IssuerDN));
            if (!serialMatches || !issuerMatches)
            {
                return $"The {name} attribute's issuer and serial number do not match the signing certificate.";
            }
        }

        return null;
    }
}
