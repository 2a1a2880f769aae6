using Bsre.Sdk.Cms;
using Bsre.Sdk.Internal;
using Org.BouncyCastle.X509;

namespace Bsre.Sdk.Pdf.Ltv;

/// <summary>Extracts from a CMS its signers' certificates, every embedded certificate, and those of its signature timestamps.</summary>
internal static class CmsCertificates
{
    private const int MaxDepth = 4;

    /// <summary>Adds the embedded certificates to <paramref name="pool"/> and the signing (leaf) certificates to <paramref name="leaves"/>.</summary>
    /// <exception cref="DocumentFormatException">The CMS, or a signature timestamp in it, is not a CMS SignedData.</exception>
    public static void Collect(ReadOnlyMemory<byte> cms, List<X509Certificate> pool, List<X509Certificate> leaves, int depth = 0)
    {
        CmsSignature signed = CmsSignature.Decode(cms);
        pool.AddRange(signed.Certificates.Select(Certificates.ToBouncyCastle));
        foreach (CmsSignerInfo signer in signed.Signers)
        {
            if (signer.Certificate is { } leaf)
            {
                leaves.Add(Certificates.ToBouncyCastle(leaf));
            }

            if (depth < MaxDepth)
            {
                foreach (ReadOnlyMemory<byte> token in signer.TimestampTokens)
                {
                    Collect(token, pool, leaves, depth + 1);
                }
            }
        }
    }
}
