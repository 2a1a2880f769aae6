using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Tests.PathValidation;

/// <summary>What <see cref="TestCertificates.Issue"/> puts into a certificate.</summary>
internal sealed record CertificateSpec(X509Name Subject)
{
    public CertificateSpec(string subject)
        : this(X509Name.GetInstance(Asn1Object.FromByteArray(new X500DistinguishedName(subject).RawData)))
    {
    }

    public DateTimeOffset NotBefore { get; init; } = DateTimeOffset.UtcNow.AddDays(-1);

    public DateTimeOffset NotAfter { get; init; } = DateTimeOffset.UtcNow.AddYears(1);

    /// <summary>Gets the basicConstraints: <see langword="null"/> for an end entity, else the CA's pathLenConstraint (-1: none).</summary>
    public int? CaPathLength { get; init; }

    public int KeyUsage { get; init; } = Org.BouncyCastle.Asn1.X509.KeyUsage.DigitalSignature | Org.BouncyCastle.Asn1.X509.KeyUsage.NonRepudiation;

    public string[] Policies { get; init; } = [];

    public Uri? CaIssuers { get; init; }

    /// <summary>Gets the CRL distribution points (none: no extension).</summary>
    public DistributionPoint[] CrlDistributionPoints { get; init; } = [];

    public static int CaKeyUsage => Org.BouncyCastle.Asn1.X509.KeyUsage.KeyCertSign | Org.BouncyCastle.Asn1.X509.KeyUsage.CrlSign;
}
