using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Testing;

/// <summary>Loads certificates on every target framework (X509CertificateLoader only exists from .NET 9).</summary>
internal static class CertificateLoading
{
    /// <summary>Loads a DER-encoded certificate without a private key.</summary>
    internal static X509Certificate2 LoadCertificate(byte[] der)
    {
#if NET9_0_OR_GREATER
        return X509CertificateLoader.LoadCertificate(der);
#else
        return new X509Certificate2(der);
#endif
    }
}
