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
        Chain = chain?.Where(c => !c.RawData.AsSpan().SequenceEqual(signingCertificate.RawData)).ToArray() ?? [];
    }

    /// <summary>Gets the signing certificate.</summary>
    public X509Certificate2 SigningCertificate { get; }

    /// <summary>Gets the CA certificates to embed, without the signing certificate.</summary>
    public IReadOnlyList<X509Certificate2> Chain { get; }
}
