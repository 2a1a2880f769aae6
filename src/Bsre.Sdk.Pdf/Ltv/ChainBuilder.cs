using Org.BouncyCastle.X509;

namespace Bsre.Sdk.Pdf.Ltv;

/// <summary>Builds issuer chains from a certificate pool by subject/issuer name and signature check, up to a self-signed certificate.</summary>
internal static class ChainBuilder
{
    private const int MaxLength = 10;

    /// <summary>Returns [leaf, issuer, ..., root-or-last-found].</summary>
    public static List<X509Certificate> Build(X509Certificate leaf, IReadOnlyList<X509Certificate> pool)
    {
        var chain = new List<X509Certificate> { leaf };
        X509Certificate current = leaf;
        while (chain.Count < MaxLength && !IsSelfIssued(current))
        {
            X509Certificate? issuer = pool.FirstOrDefault(c => c.SubjectDN.Equivalent(current.IssuerDN) && Verifies(current, c) && !chain.Contains(c));
            if (issuer is null)
            {
                break;
            }

            chain.Add(issuer);
            current = issuer;
        }

        return chain;
    }

    public static bool IsSelfIssued(X509Certificate certificate) => certificate.SubjectDN.Equivalent(certificate.IssuerDN);

    private static bool Verifies(X509Certificate certificate, X509Certificate issuer)
    {
        try
        {
            certificate.Verify(issuer.GetPublicKey());
            return true;
        }
        catch (Exception e) when (e is Org.BouncyCastle.Security.InvalidKeyException or Org.BouncyCastle.Security.Certificates.CertificateException or Org.BouncyCastle.Security.SignatureException
            or Org.BouncyCastle.Security.SecurityUtilityException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
