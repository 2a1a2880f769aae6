using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Signing;

/// <summary>The signing certificate of a <see cref="Signer"/> and the CA certificates to embed with it.</summary>
public sealed class SignerCertificates
{
    /// <summary>Creates the set.</summary>
    /// <param name="signingCertificate">The certificate whose key makes the signature.</param>
    /// <param name="chain">Intermediate (and optionally root) certificates to embed, nearest first.</param>
    public SignerCertificates(X509Certificate2 signingCertificate, IEnumerable<X509Certificate2>? chain = null)
    {
        ArgumentNullException.ThrowIfNull(signingCertificate);
        SigningCertificate = signingCertificate;
        Chain = OrderByIssuance(signingCertificate, chain?.Where(c => !c.RawData.AsSpan().SequenceEqual(signingCertificate.RawData)) ?? []);
    }

    /// <summary>Gets the signing certificate.</summary>
    public X509Certificate2 SigningCertificate { get; }

    /// <summary>Gets the CA certificates to embed, without the signing certificate, nearest issuer first.</summary>
    public IReadOnlyList<X509Certificate2> Chain { get; }

    /// <summary>Orders by issuer-subject linkage from the signing certificate up; unlinked certificates follow in their given order.</summary>
    private static X509Certificate2[] OrderByIssuance(X509Certificate2 signing, IEnumerable<X509Certificate2> certificates)
    {
        var remaining = certificates.ToList();
        var ordered = new List<X509Certificate2>(remaining.Count);
        X509Certificate2 current = signing;
        while (current.SubjectName.RawData.AsSpan().SequenceEqual(current.IssuerName.RawData) is false
            && remaining.Find(c => c.SubjectName.RawData.AsSpan().SequenceEqual(current.IssuerName.RawData)) is { } issuer)
        {
            ordered.Add(issuer);
            remaining.Remove(issuer);
            current = issuer;
        }

        return [.. ordered, .. remaining];
    }
}
