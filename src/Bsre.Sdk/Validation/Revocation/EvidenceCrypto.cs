using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>
/// The cryptographic policy applied to revocation evidence (EN 319 102-1 §5.2.8, as DSS applies its cryptographic
/// constraints to OCSP responses and CRLs): evidence signed with a digest or key the policy no longer accepts at the time
/// it is used for is not used, so the certificate's status stays unproven unless other evidence decides it.
/// </summary>
internal static class EvidenceCrypto
{
    /// <summary>Throws <see cref="RevocationFailure.WeakCryptography"/> when the evidence's signature does not meet the policy at <paramref name="time"/>.</summary>
    /// <param name="crypto">The policy.</param>
    /// <param name="what">What signed ("OCSP response", "CRL").</param>
    /// <param name="algorithms">The evidence's signature algorithms.</param>
    /// <param name="signer">The certificate whose key signed it.</param>
    /// <param name="time">The time the evidence is used for (the validation time, or an earlier proven time).</param>
    public static void Require(CryptoConstraints crypto, string what, IEnumerable<AlgorithmIdentifier> algorithms, X509Certificate2 signer, DateTimeOffset time)
    {
        CryptoVerdict verdict = crypto.Judge(what, algorithms.SelectMany(CryptoConstraints.SignatureDigests), signer, time, null);
        if (!verdict.Accepted)
        {
            throw new RevocationException(RevocationFailure.WeakCryptography, verdict.Message!);
        }
    }
}
