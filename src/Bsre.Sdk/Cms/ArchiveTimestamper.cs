using System.Security.Cryptography;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Timestamping;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Cms;
using Attribute = Org.BouncyCastle.Asn1.Cms.Attribute;
using AttributeTable = Org.BouncyCastle.Asn1.Cms.AttributeTable;

namespace Bsre.Sdk.Cms;

/// <summary>Adds a CAdES archive-time-stamp-v3 to a SignerInfo (B-LTA), with its ats-hash-index-v3 in the token.</summary>
internal static class ArchiveTimestamper
{
    /// <summary>Timestamps the signature as it stands and returns the SignerInfo with the archive timestamp appended to its unsigned attributes.</summary>
    /// <param name="signerInfo">The SignerInfo, with its B-LT unsigned attributes.</param>
    /// <param name="signedData">The SignedData's content type, certificates and revocation entries, as they will be written.</param>
    /// <param name="contentDigest">The content's digest in <paramref name="hash"/>.</param>
    /// <param name="hash">The archive timestamp's hash algorithm.</param>
    /// <param name="client">The TSA.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public static async Task<SignerInfo> AddAsync(SignerInfo signerInfo, SignedDataContents signedData, ReadOnlyMemory<byte> contentDigest, HashAlgorithmName hash, TimestampClient client, CancellationToken cancellationToken)
    {
        HashIndexEntries entries = ArchiveTimestampV3.Entries(hash, signedData.Certificates, signedData.RevocationEntries, signerInfo.UnsignedAttrs);
        Asn1Sequence index = ArchiveTimestampV3.Encode(hash, entries);
        byte[] input = ArchiveTimestampV3.ImprintInput(signedData.ContentType, contentDigest.Span, signerInfo, index);
        TimestampToken token = await client.RequestAsync(HashAlgorithms.Hash(hash, input), hash, cancellationToken).ConfigureAwait(false);

        var attribute = new Attribute(ArchiveTimestampV3.AttributeOid, new DerSet(Asn1Object.FromByteArray(WithHashIndex(token.RawData, index))));
        var unsigned = new Asn1EncodableVector();
        unsigned.AddAll(signerInfo.UnsignedAttrs?.Cast<Asn1Encodable>().ToArray() ?? []);
        unsigned.Add(attribute);
        return new SignerInfo(signerInfo.SignerID, signerInfo.DigestAlgorithm, signerInfo.SignedAttrs, signerInfo.SignatureAlgorithm, signerInfo.Signature, new DerSet(unsigned));
    }

    /// <summary>Puts the hash index into the token's SignerInfo as an unsigned attribute (outside the TSA's signature, inside the imprint).</summary>
    private static byte[] WithHashIndex(ReadOnlyMemory<byte> token, Asn1Sequence index)
    {
        var signedData = new CmsSignedData(token.ToArray());
        SignerInformation tsa = signedData.GetSignerInfos().GetSigners().Single();
        var attributes = (tsa.UnsignedAttributes ?? new AttributeTable(new Asn1EncodableVector()))
            .Add(ArchiveTimestampV3.HashIndexOid, index);
        SignerInformation indexed = SignerInformation.ReplaceUnsignedAttributes(tsa, attributes);
        return CmsSignedData.ReplaceSigners(signedData, new SignerInformationStore(indexed)).GetEncoded(Asn1Encodable.Der);
    }
}
