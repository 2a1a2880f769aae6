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
        return Cached(Loaded, Convert.ToBase64String(SHA256.HashData(der)), der, Load, static known => known.Handle != IntPtr.Zero);
    }

    /// <summary>
    /// Gets the BouncyCastle view of a certificate, parsed once per process: BouncyCastle checks an
    /// RSA public key's modulus each time it parses one, which costs milliseconds per certificate.
    /// </summary>
    public static BcCertificate ToBouncyCastle(X509Certificate2 certificate)
        => Cached(Parsed, certificate.GetCertHashString(HashAlgorithmName.SHA256), certificate, static c => new BcCertificate(c.RawData));

    /// <summary>
    /// The value cached under <paramref name="key"/> when there is one and it is still <paramref name="usable"/>, else the
    /// one <paramref name="load"/> makes from <paramref name="state"/> (no closure allocated on a hit), kept; a full cache (<see cref="MaxParsed"/>) is emptied first. Evicted values are
    /// not disposed: results handed out still hold them.
    /// </summary>
    private static T Cached<TState, T>(ConcurrentDictionary<string, T> cache, string key, TState state, Func<TState, T> load, Func<T, bool>? usable = null)
        where T : class
    {
        if (cache.TryGetValue(key, out T? known) && (usable is null || usable(known)))
        {
            return known;
        }

        if (cache.Count >= MaxParsed)
        {
            cache.Clear();
        }

        T loaded = load(state);
        cache[key] = loaded;
        return loaded;
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
