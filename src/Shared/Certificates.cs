using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace Bsre.Sdk.Internal;

/// <summary>Conversions between BCL and BouncyCastle certificates.</summary>
internal static class Certificates
{
    private const int MaxParsed = 4096;
    private static readonly ConcurrentDictionary<string, BcCertificate> Parsed = new(StringComparer.Ordinal);

    public static X509Certificate2 Load(byte[] der)
    {
#if NET9_0_OR_GREATER
        return X509CertificateLoader.LoadCertificate(der);
#else
        return new X509Certificate2(der);
#endif
    }

    public static X509Certificate2 ToBcl(BcCertificate certificate) => Load(certificate.GetEncoded());

    /// <summary>
    /// Gets the BouncyCastle view of a certificate, parsed once per process: BouncyCastle checks an
    /// RSA public key's modulus each time it parses one, which costs milliseconds per certificate.
    /// </summary>
    public static BcCertificate ToBouncyCastle(X509Certificate2 certificate)
    {
        string key = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        if (Parsed.TryGetValue(key, out BcCertificate? parsed))
        {
            return parsed;
        }

        if (Parsed.Count >= MaxParsed)
        {
            Parsed.Clear();
        }

        return Parsed.GetOrAdd(key, _ => new BcCertificate(certificate.RawData));
    }

    /// <summary>Reads PEM (one or more certificates) or a single DER certificate.</summary>
    public static X509Certificate2Collection LoadFile(string path)
    {
        var collection = new X509Certificate2Collection();
        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.AsSpan().IndexOf("-----BEGIN"u8) >= 0)
        {
            collection.ImportFromPem(System.Text.Encoding.ASCII.GetString(bytes));
        }
        else
        {
            collection.Add(Load(bytes));
        }

        return collection;
    }
}
