using System.Formats.Asn1;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>
/// Parses an X.509 v1/v2 CRL (RFC 5280 §5.1) into a <see cref="ParsedCrl"/> in one pass with System.Formats.Asn1 (the
/// entry list is read without building an object tree, which keeps a 100,000-entry CRL to tens of milliseconds); the
/// small extensions are decoded with BouncyCastle. Malformed input gives <see cref="RevocationFailure.Malformed"/>.
/// </summary>
internal static class CrlParser
{
    private static readonly byte[] ReasonCodeOid = [0x06, 0x03, 0x55, 0x1D, 0x15];
    private static readonly byte[] InvalidityDateOid = [0x06, 0x03, 0x55, 0x1D, 0x18];
    private static readonly byte[] CertificateIssuerOid = [0x06, 0x03, 0x55, 0x1D, 0x1D];
    private static readonly Asn1Tag ExtensionsTag = new(TagClass.ContextSpecific, 0, isConstructed: true);

    /// <summary>Parses a DER CRL, or one PEM <c>X509 CRL</c> block (RFC 7468 §9: what <c>openssl ca -gencrl</c> and <c>bsre pki create</c> write).</summary>
    /// <exception cref="RevocationException"><see cref="RevocationFailure.Malformed"/>.</exception>
    public static ParsedCrl Parse(byte[] der)
    {
        try
        {
            return ParseCore(Internal.Pem.DecodeOne(der, "X509 CRL"));
        }
        catch (Exception e) when (ParseErrors.Is(e))
        {
            throw ParseErrors.Malformed("CRL", e);
        }
    }

    private static ParsedCrl ParseCore(byte[] der)
    {
        SignedStructure signed = SignedStructure.Split(der, "CRL");
        AsnReader tbs = new AsnReader(signed.Tbs, AsnEncodingRules.BER).ReadSequence();
        if (tbs.PeekTag() == Asn1Tag.Integer)
        {
            _ = tbs.ReadInteger();
        }

        byte[] innerAlgorithm = tbs.ReadEncodedValue().ToArray();
        if (!AlgorithmIdentifier.GetInstance(Asn1Object.FromByteArray(innerAlgorithm)).Equals(signed.Algorithm))
        {
            throw new AsnContentException("The tbsCertList signature algorithm differs from the outer one.");
        }

        byte[] issuer = tbs.ReadEncodedValue().ToArray();
        DateTimeOffset thisUpdate = ReadTime(tbs);
        DateTimeOffset? nextUpdate = tbs.HasData && IsTime(tbs.PeekTag()) ? ReadTime(tbs) : null;
        AsnReader? revoked = tbs.HasData && tbs.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence) ? tbs.ReadSequence() : null;
        CrlExtensionSet extensions = tbs.HasData ? CrlExtensionSet.Read(tbs.ReadSequence(ExtensionsTag).ReadSequence(), issuer) : CrlExtensionSet.None;
        tbs.ThrowIfNotEmpty();

        var entries = new CrlEntryIndex();
        bool unsupportedCritical = revoked is not null && ReadEntries(revoked, issuer, extensions.Scope?.Indirect == true, entries);
        return new ParsedCrl(der, signed, issuer, thisUpdate, nextUpdate, extensions, entries, unsupportedCritical);
    }

    /// <summary>
    /// Indexes revokedCertificates; in an indirect CRL by certificate issuer, which an entry's certificateIssuer extension
    /// sets for it and the entries after it (the CRL issuer until the first one, RFC 5280 §5.3.3).
    /// </summary>
    /// <returns>Whether an entry had an unsupported critical extension.</returns>
    private static bool ReadEntries(AsnReader revoked, byte[] crlIssuer, bool indirect, CrlEntryIndex entries)
    {
        bool unsupportedCritical = false;
        byte[]? certificateIssuer = null;
        while (revoked.HasData)
        {
            AsnReader entry = revoked.ReadSequence();
            ReadOnlySpan<byte> serial = entry.ReadIntegerBytes().Span;
            DateTimeOffset revokedAt = ReadTime(entry);
            int? reason = null;
            if (entry.HasData)
            {
                AsnReader extensions = entry.ReadSequence();
                while (extensions.HasData)
                {
                    AsnReader extension = extensions.ReadSequence();
                    ReadOnlySpan<byte> oid = extension.ReadEncodedValue().Span;
                    bool critical = extension.PeekTag() == Asn1Tag.Boolean && extension.ReadBoolean();
                    byte[] value = extension.ReadOctetString();
                    if (oid.SequenceEqual(ReasonCodeOid))
                    {
                        reason = ReadReason(value);
                    }
                    else if (oid.SequenceEqual(CertificateIssuerOid))
                    {
                        certificateIssuer = IssuerName(value, crlIssuer);
                    }
                    else if (critical && !oid.SequenceEqual(InvalidityDateOid))
                    {
                        unsupportedCritical = true;
                    }
                }
            }

            entry.ThrowIfNotEmpty();
            entries.Add(indirect ? certificateIssuer : null, serial, new RevokedCertificate(revokedAt, reason));
        }

        return unsupportedCritical;
    }

    private static int ReadReason(byte[] value)
    {
        ReadOnlySpan<byte> bytes = new AsnReader(value, AsnEncodingRules.BER).ReadEnumeratedBytes().Span;
        return bytes.Length == 1 ? bytes[0] : -1;
    }

    /// <summary>
    /// Returns the DER directory name of a certificateIssuer extension, <see langword="null"/> when it is the CRL issuer;
    /// without a directory name, the extension value itself, which matches no certificate's issuer.
    /// </summary>
    private static byte[]? IssuerName(byte[] generalNames, byte[] crlIssuer)
    {
        GeneralName? directory = GeneralNames.GetInstance(Asn1Object.FromByteArray(generalNames)).GetNames().FirstOrDefault(n => n.TagNo == GeneralName.DirectoryName);
        byte[] name = directory is null ? generalNames : X509Name.GetInstance(directory.Name).GetDerEncoded();
        return DistinguishedNames.Equivalent(name, crlIssuer) ? null : name;
    }

    private static bool IsTime(Asn1Tag tag) => tag.HasSameClassAndValue(Asn1Tag.UtcTime) || tag.HasSameClassAndValue(Asn1Tag.GeneralizedTime);

    private static DateTimeOffset ReadTime(AsnReader reader)
        => reader.PeekTag().HasSameClassAndValue(Asn1Tag.UtcTime) ? reader.ReadUtcTime() : reader.ReadGeneralizedTime();
}
