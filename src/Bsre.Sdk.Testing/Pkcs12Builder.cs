using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Pkcs;
using BcX509Certificate = Org.BouncyCastle.X509.X509Certificate;

namespace Bsre.Sdk.Testing;

/// <summary>
/// Writes PKCS#12 files in the modern profile OpenSSL 3 itself produces: key and certificate bags encrypted with
/// PBES2 (AES-256-CBC, PBKDF2 with HMAC-SHA256) and an HMAC-SHA256 integrity MAC. No RC2-40 or other algorithms
/// that need OpenSSL's legacy provider; readable by OpenSSL 3, .NET, BouncyCastle and NSS.
/// </summary>
internal static class Pkcs12Builder
{
    private const int MacIterations = 2048;

    /// <summary>Builds a PKCS#12 file holding <paramref name="privateKey"/> with its certificate chain (leaf first).</summary>
    internal static byte[] Build(
        string friendlyName,
        AsymmetricKeyParameter privateKey,
        IReadOnlyList<BcX509Certificate> chain,
        string password)
    {
        Pkcs12Store store = new Pkcs12StoreBuilder()
            .SetKeyAlgorithm(NistObjectIdentifiers.IdAes256Cbc, PkcsObjectIdentifiers.IdHmacWithSha256)
            .SetCertAlgorithm(NistObjectIdentifiers.IdAes256Cbc, PkcsObjectIdentifiers.IdHmacWithSha256)
            .SetUseDerEncoding(true)
            .Build();
        X509CertificateEntry[] entries = chain.Select(c => new X509CertificateEntry(c)).ToArray();
        store.SetKeyEntry(friendlyName, new AsymmetricKeyEntry(privateKey), entries);

        char[] passwordChars = password.ToCharArray();
        using var buffer = new MemoryStream();
        store.Save(buffer, passwordChars, KeyPairs.Random);

        // BouncyCastle always protects the file with an HMAC-SHA1 MAC; replace it by HMAC-SHA256 (what OpenSSL 3
        // writes by default) over the same authenticated safe.
        Pfx pfx = Pfx.GetInstance(buffer.ToArray());
        byte[] authenticatedSafe = Asn1OctetString.GetInstance(pfx.AuthSafe.Content).GetOctets();
        byte[] salt = new byte[16];
        KeyPairs.Random.NextBytes(salt);

        var keyGenerator = new Pkcs12ParametersGenerator(new Sha256Digest());
        keyGenerator.Init(PbeParametersGenerator.Pkcs12PasswordToBytes(passwordChars), salt, MacIterations);
        var macKey = (KeyParameter)keyGenerator.GenerateDerivedMacParameters(256);
        var hmac = new HMac(new Sha256Digest());
        hmac.Init(macKey);
        hmac.BlockUpdate(authenticatedSafe, 0, authenticatedSafe.Length);
        byte[] mac = new byte[hmac.GetMacSize()];
        hmac.DoFinal(mac, 0);

        var macData = new MacData(
            new DigestInfo(new AlgorithmIdentifier(NistObjectIdentifiers.IdSha256, DerNull.Instance), mac),
            salt,
            MacIterations);
        return new Pfx(pfx.AuthSafe, macData).GetEncoded(Asn1Encodable.Der);
    }
}
