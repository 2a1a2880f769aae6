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
    private static readonly ConcurrentDictionary<string, X509Certificate2> Loaded = new(StringComparer.Ordinal);

    public static X509Certificate2 Load(byte[] der)
    {
#if NET9_0_OR_GREATER
        return X509CertificateLoader.LoadCertificate(der);
#else
        return new X509Certificate2(der);
#endif
    }

    /// <summary>
    /// Gets the BCL object of a certificate read from a signature, loaded once per process for the same DER bytes (at most
    /// <see cref="MaxParsed"/> kept): validating many documents signed by the same people meets the same signer and CA
    /// certificates again and again, and loading one costs more than verifying the signature with it. The shared instance
    /// also keeps what is cached per instance (the key-size verdict). One disposed by a caller is loaded again.
    /// </summary>
    public static X509Certificate2 ToBcl(BcCertificate certificate)
    {
        byte[] der = certificate.GetEncoded();
        string key = Convert.ToBase64String(SHA256.HashData(der));
        if (Loaded.TryGetValue(key, out X509Certificate2? known) && known.Handle != IntPtr.Zero)
        {
            return known;
        }

        if (Loaded.Count >= MaxParsed)
        {
            Loaded.Clear(); // Evicted instances are not disposed: results handed out still hold them.
        }

        X509Certificate2 loaded = Load(der);
        Loaded[key] = loaded;
        return loaded;
    }

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
