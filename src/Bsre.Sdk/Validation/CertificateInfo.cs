using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation;

/// <summary>One certificate of a validated chain, with its revocation evidence.</summary>
public sealed class CertificateInfo
{
    /// <summary>Creates the entry.</summary>
    /// <param name="certificate">The certificate.</param>
    /// <param name="revocation">Its revocation evidence.</param>
    public CertificateInfo(X509Certificate2 certificate, RevocationInfo? revocation = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        Certificate = certificate;
        Revocation = revocation ?? RevocationInfo.NotChecked;
    }

    /// <summary>Gets the certificate.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Gets the revocation evidence.</summary>
    public RevocationInfo Revocation { get; }

    /// <summary>Gets the subject DN.</summary>
    public string Subject => Certificate.Subject;

    /// <summary>Gets the issuer DN.</summary>
    public string Issuer => Certificate.Issuer;

    /// <summary>Gets the serial number in hexadecimal.</summary>
    public string SerialNumber => Certificate.SerialNumber;
}
