using System.Security.Cryptography;
using Bsre.Sdk.Signing;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Cms;
using Attribute = Org.BouncyCastle.Asn1.Cms.Attribute;
using ContentInfo = Org.BouncyCastle.Asn1.Cms.ContentInfo;
using SignedData = Org.BouncyCastle.Asn1.Cms.SignedData;
using SignerInfo = Org.BouncyCastle.Asn1.Cms.SignerInfo;

namespace Bsre.Sdk.Tests.Fixtures;

/// <summary>Reads and rewrites parts of CMS signatures with BouncyCastle, independently of the SDK's own parser.</summary>
public static class CmsSurgery
{
    public static SignerInformation FirstSigner(byte[] cms)
        => new CmsSignedData(cms).GetSignerInfos().GetSigners().First();

    /// <summary>Gets the signature value (what a signature timestamp's imprint covers).</summary>
    public static byte[] SignatureValue(byte[] cms) => FirstSigner(cms).GetSignature();

    /// <summary>Gets the DER TimeStampToken of the signature-time-stamp unsigned attribute.</summary>
    public static byte[] TimestampToken(byte[] cms)
    {
        Attribute attribute = FirstSigner(cms).UnsignedAttributes?[PkcsObjectIdentifiers.IdAASignatureTimeStampToken]
            ?? throw new InvalidOperationException("The signature has no signature-time-stamp attribute.");
        return attribute.AttrValues[0].ToAsn1Object().GetEncoded(Asn1Encodable.Der);
    }

    /// <summary>Returns a copy with one byte in the middle of the signature value inverted.</summary>
    public static byte[] FlipSignatureValueByte(byte[] cms)
    {
        byte[] value = SignatureValue(cms);
        int at = cms.AsSpan().IndexOf(value);
        Assert.True(at > 0, "The signature value was not found in the encoding.");
        Assert.Equal(-1, cms.AsSpan(at + 1).IndexOf(value));
        byte[] tampered = (byte[])cms.Clone();
        tampered[at + (value.Length / 2)] ^= 0xFF;
        return tampered;
    }

    /// <summary>
    /// Rewrites the signed attributes with <paramref name="rewrite"/> and signs them again, correctly, with
    /// <paramref name="signer"/>: the result has a valid signature value over whatever the attributes now say.
    /// </summary>
    public static async Task<byte[]> ResignAsync(byte[] cms, Func<Attribute, Attribute> rewrite, Signer signer, SignatureScheme scheme, HashAlgorithmName hash)
    {
        var signerInfo = SignerInfo.GetInstance(SignedDataOf(cms).SignerInfos[0]);
        var attributes = new Asn1EncodableVector();
        foreach (Asn1Encodable element in signerInfo.SignedAttrs)
        {
            attributes.Add(rewrite(Attribute.GetInstance(element)));
        }

        var signedAttributes = new DerSet(attributes);
        byte[] value = await signer.SignAsync(new SignatureRequest(signedAttributes.GetEncoded(Asn1Encodable.Der), hash, scheme));
        return Rebuild(cms, new SignerInfo(
            signerInfo.SignerID, signerInfo.DigestAlgorithm, (Asn1Set)signedAttributes, signerInfo.SignatureAlgorithm, new DerOctetString(value), signerInfo.UnsignedAttrs));
    }

    /// <summary>Returns a copy whose unsigned attributes are those of <paramref name="donor"/> (e.g. its signature timestamp).</summary>
    public static byte[] WithUnsignedAttributesOf(byte[] cms, byte[] donor)
    {
        var signerInfo = SignerInfo.GetInstance(SignedDataOf(cms).SignerInfos[0]);
        var donorInfo = SignerInfo.GetInstance(SignedDataOf(donor).SignerInfos[0]);
        return Rebuild(cms, new SignerInfo(
            signerInfo.SignerID, signerInfo.DigestAlgorithm, signerInfo.SignedAttrs, signerInfo.SignatureAlgorithm, signerInfo.Signature, donorInfo.UnsignedAttrs));
    }

    /// <summary>Returns a copy whose first SignerInfo's unsigned attributes are rewritten by <paramref name="rewrite"/>.</summary>
    public static byte[] WithUnsignedAttributes(byte[] cms, Func<IReadOnlyList<Attribute>, IEnumerable<Attribute>> rewrite)
    {
        var signerInfo = SignerInfo.GetInstance(SignedDataOf(cms).SignerInfos[0]);
        Attribute[] attributes = [.. rewrite([.. (signerInfo.UnsignedAttrs?.Cast<Asn1Encodable>() ?? []).Select(Attribute.GetInstance)])];
        return Rebuild(cms, new SignerInfo(
            signerInfo.SignerID, signerInfo.DigestAlgorithm, signerInfo.SignedAttrs, signerInfo.SignatureAlgorithm, signerInfo.Signature, new DerSet(attributes)));
    }

    private static SignedData SignedDataOf(byte[] cms) => SignedData.GetInstance(ContentInfo.GetInstance(Asn1Object.FromByteArray(cms)).Content);

    private static byte[] Rebuild(byte[] cms, SignerInfo signerInfo)
    {
        var signedData = SignedDataOf(cms);
        var rebuilt = new SignedData(
            signedData.DigestAlgorithms, signedData.EncapContentInfo, signedData.Certificates, signedData.CRLs, new DerSet(signerInfo));
        return new ContentInfo(CmsObjectIdentifiers.SignedData, rebuilt).GetEncoded(Asn1Encodable.Der);
    }
}
