using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.X509;

namespace Bsre.Sdk.Pdf.Ltv;

/// <summary>Extracts from a CMS its signers' certificates, every embedded certificate, and those of its signature timestamps.</summary>
internal static class CmsCertificates
{
    private const int MaxDepth = 4;

    /// <summary>Adds the embedded certificates to <paramref name="pool"/> and the signing (leaf) certificates to <paramref name="leaves"/>.</summary>
    public static void Collect(byte[] cms, List<X509Certificate> pool, List<X509Certificate> leaves, int depth = 0)
    {
        CmsSignedData signed;
        try
        {
            signed = new CmsSignedData(cms);
        }
        catch (Exception e) when (e is CmsException or IOException or ArgumentException or InvalidCastException)
        {
            throw new DocumentFormatException("A signature is not a readable CMS SignedData: " + e.Message, e);
        }

        var certificates = signed.GetCertificates().EnumerateMatches(null).ToList();
        pool.AddRange(certificates);
        foreach (SignerInformation signer in signed.GetSignerInfos().GetSigners())
        {
            leaves.AddRange(signed.GetCertificates().EnumerateMatches(signer.SignerID));
            var stamp = signer.UnsignedAttributes?[PkcsObjectIdentifiers.IdAASignatureTimeStampToken];
            if (stamp is not null && depth < MaxDepth)
            {
                foreach (Asn1Encodable token in stamp.AttrValues)
                {
                    Collect(token.GetEncoded(Asn1Encodable.Der), pool, leaves, depth + 1);
                }
            }
        }
    }
}
