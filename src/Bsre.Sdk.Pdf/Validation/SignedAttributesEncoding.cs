using System.Formats.Asn1;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// Checks that a CMS SignerInfo's signed attributes are DER (a sorted SET OF with definite lengths), as
/// RFC 5652 §5.4 and EN 319 122-1 require: a signature over another encoding proves nothing about the DER
/// form a verifier recomputes (the plugtest HASH_FAILURE cases).
/// </summary>
internal static class SignedAttributesEncoding
{
    private static readonly Asn1Tag Context0 = new(TagClass.ContextSpecific, 0, isConstructed: true);
    private static readonly Asn1Tag Context1 = new(TagClass.ContextSpecific, 1, isConstructed: true);

    /// <summary>Returns <see langword="false"/> when the first SignerInfo has signed attributes that are not DER; <see langword="true"/> otherwise (also when unreadable: the CMS check reports that).</summary>
    public static bool IsDer(byte[] cms)
    {
        try
        {
            var contentInfo = new AsnReader(cms, AsnEncodingRules.BER).ReadSequence();
            contentInfo.ReadObjectIdentifier();
            var signedData = contentInfo.ReadSequence(Context0).ReadSequence();
            signedData.ReadInteger();
            signedData.ReadSetOf();
            signedData.ReadSequence();
            SkipOptional(signedData, Context0);
            SkipOptional(signedData, Context1);
            var signerInfo = signedData.ReadSetOf().ReadSequence();
            signerInfo.ReadInteger();
            signerInfo.ReadEncodedValue();
            signerInfo.ReadSequence();
            if (!signerInfo.HasData || !signerInfo.PeekTag().HasSameClassAndValue(Context0))
            {
                return true;
            }

            byte[] attributes = signerInfo.ReadEncodedValue().ToArray();
            attributes[0] = 0x31;
            var set = new AsnReader(attributes, AsnEncodingRules.DER).ReadSetOf();
            while (set.HasData)
            {
                set.ReadEncodedValue();
            }

            return true;
        }
        catch (AsnContentException)
        {
            return false;
        }
    }

    private static void SkipOptional(AsnReader reader, Asn1Tag tag)
    {
        if (reader.HasData && reader.PeekTag().HasSameClassAndValue(tag))
        {
            reader.ReadEncodedValue();
        }
    }
}
