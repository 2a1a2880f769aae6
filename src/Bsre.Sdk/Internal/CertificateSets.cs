using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;

namespace Bsre.Sdk.Internal;

/// <summary>
/// CMS certificates fields (DER SET OF, which BouncyCastle sorts by encoding every certificate), built once per
/// process for each list of certificates: every signature of one signer embeds the same ones.
/// </summary>
internal static class CertificateSets
{
    private const int MaxSets = 1024;
    private static readonly ConcurrentDictionary<string, DerSet> Sets = new(StringComparer.Ordinal);

    public static DerSet Of(IReadOnlyList<X509Certificate2> certificates)
    {
        string key = string.Join(',', certificates.Select(c => c.GetCertHashString(HashAlgorithmName.SHA256)));
        if (Sets.TryGetValue(key, out DerSet? set))
        {
            return set;
        }

        if (Sets.Count >= MaxSets)
        {
            Sets.Clear();
        }

        return Sets.GetOrAdd(key, _ => new DerSet(certificates.Select(c => (Asn1Encodable)Certificates.ToBouncyCastle(c).CertificateStructure).ToArray()));
    }
}
