using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Bsre.Sdk.Internal;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.X509;
using Attribute = Org.BouncyCastle.Asn1.Cms.Attribute;

namespace Bsre.Sdk.Cms;

/// <summary>
/// The data a CAdES archive-time-stamp-v3 covers (ETSI EN 319 122-1 §5.5.2, §5.5.3): the
/// ats-hash-index-v3 of the SignedData's certificates, its revocation entries and the SignerInfo's
/// unsigned attribute values, and the message-imprint input built around it.
/// </summary>
internal static class ArchiveTimestampV3
{
    /// <summary>id-aa-ets-archiveTimestampV3.</summary>
    public static readonly DerObjectIdentifier AttributeOid = new("0.4.0.1733.2.4");

    /// <summary>id-aa-ATSHashIndex-v3, an unsigned attribute of the archive timestamp token.</summary>
    public static readonly DerObjectIdentifier HashIndexOid = new("0.4.0.19122.1.5");

    /// <summary>id-aa-ATSHashIndex of ETSI TS 101 733 v2.2.1, the form before EN 319 122-1: it hashes whole unsigned attributes.</summary>
    public static readonly DerObjectIdentifier LegacyHashIndexOid = new("0.4.0.1733.2.5");

    /// <summary>
    /// Hashes each certificate, each revocation entry and each unsigned attribute value (attrType || value) as
    /// they are encoded; with <paramref name="legacy"/>, each whole unsigned attribute instead.
    /// </summary>
    public static HashIndexEntries Entries(HashAlgorithmName hash, IEnumerable<byte[]> certificates, IEnumerable<byte[]> revocationEntries, Asn1Set? unsignedAttributes, bool legacy = false)
    {
        var attributeValues = new List<byte[]>();
        foreach (Attribute attribute in unsignedAttributes?.Cast<Asn1Encodable>().Select(Attribute.GetInstance) ?? [])
        {
            byte[] type = attribute.AttrType.GetEncoded(Asn1Encodable.Der);
            attributeValues.AddRange(legacy
                ? [HashAlgorithms.Hash(hash, attribute.GetEncoded(Asn1Encodable.Der))]
                : attribute.AttrValues.Cast<Asn1Encodable>().Select(v => HashAlgorithms.Hash(hash, [.. type, .. v.GetEncoded(Asn1Encodable.Der)])));
        }

        return new HashIndexEntries(
            [.. certificates.Select(c => HashAlgorithms.Hash(hash, c))],
            [.. revocationEntries.Select(r => HashAlgorithms.Hash(hash, r))],
            attributeValues);
    }

    /// <summary>Encodes an ATSHashIndexV3; the algorithm is omitted when it is the default SHA-256.</summary>
    public static Asn1Sequence Encode(HashAlgorithmName hash, HashIndexEntries entries)
    {
        var fields = new Asn1EncodableVector();
        if (hash != HashAlgorithmName.SHA256)
        {
            fields.Add(HashAlgorithms.ToAlgorithmIdentifier(hash));
        }

        fields.Add(Octets(entries.Certificates));
        fields.Add(Octets(entries.RevocationEntries));
        fields.Add(Octets(entries.UnsignedAttributeValues));
        return new DerSequence(fields);
    }

    /// <summary>Reads an ATSHashIndexV3: its algorithm (SHA-256 when omitted) and its three lists.</summary>
    /// <returns><see langword="false"/> when the value is not an ATSHashIndexV3 (wrong shape, unknown algorithm, non-octet entries).</returns>
    public static bool TryDecode(Asn1Encodable value, out HashAlgorithmName hash, [NotNullWhen(true)] out HashIndexEntries? entries)
    {
        hash = default;
        entries = null;
        try
        {
            var sequence = Asn1Sequence.GetInstance(value);
            int first = sequence.Count - 3;
            if (first is not (0 or 1)
                || (first == 1 && !HashAlgorithms.TryFromOid(AlgorithmIdentifier.GetInstance(sequence[0]).Algorithm, out hash)))
            {
                return false;
            }

            hash = first == 0 ? HashAlgorithmName.SHA256 : hash;
            List<byte[]> List(int i) => [.. Asn1Sequence.GetInstance(sequence[first + i]).Cast<Asn1Encodable>().Select(o => Asn1OctetString.GetInstance(o).GetOctets())];
            entries = new HashIndexEntries(List(0), List(1), List(2));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// The message-imprint input: eContentType, the content's hash, the SignerInfo's version, sid,
    /// digestAlgorithm, signedAttrs, signatureAlgorithm and signature, then the encoded hash index.
    /// </summary>
    public static byte[] ImprintInput(DerObjectIdentifier contentType, ReadOnlySpan<byte> contentDigest, SignerInfo signerInfo, Asn1Encodable hashIndex)
    {
        using var input = new MemoryStream();
        void Write(Asn1Encodable? item)
        {
            if (item is not null)
            {
                input.Write(item.GetEncoded(Asn1Encodable.Der));
            }
        }

        Write(contentType);
        input.Write(contentDigest);
        Write(signerInfo.Version);
        Write(signerInfo.SignerID);
        Write(signerInfo.DigestAlgorithm);
        Write(signerInfo.SignedAttrs is null ? null : new DerTaggedObject(false, 0, signerInfo.SignedAttrs));
        Write(signerInfo.SignatureAlgorithm);
        Write(signerInfo.Signature);
        Write(hashIndex);
        return input.ToArray();
    }

    private static DerSequence Octets(IEnumerable<byte[]> hashes) => new(hashes.Select(h => (Asn1Encodable)new DerOctetString(h)).ToArray());
}
