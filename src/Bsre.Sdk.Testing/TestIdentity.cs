using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Pkcs;
using BcX509Certificate = Org.BouncyCastle.X509.X509Certificate;

namespace Bsre.Sdk.Testing;

/// <summary>A certificate of the test PKI together with its private key and a password-protected PKCS#12 copy.</summary>
public sealed class TestIdentity
{
    internal TestIdentity(
        string name,
        TestKeyAlgorithm keyAlgorithm,
        BcX509Certificate certificate,
        AsymmetricKeyParameter privateKey,
        IReadOnlyList<BcX509Certificate> issuers)
    {
        Name = name;
        KeyAlgorithm = keyAlgorithm;
        BouncyCastleCertificate = certificate;
        PrivateKey = privateKey;
        Certificate = CertificateLoading.LoadCertificate(certificate.GetEncoded());
        Password = Passwords.Generate();
        string friendlyName = certificate.SubjectDN.GetValueList(Org.BouncyCastle.Asn1.X509.X509Name.CN).FirstOrDefault() ?? name;
        Pkcs12 = Pkcs12Builder.Build(friendlyName, privateKey, [certificate, .. issuers], Password);
    }

    /// <summary>An identity read back from the files <see cref="TestPki.WriteTo"/> wrote (<see cref="TestPki.Load"/>): the same password and PKCS#12 bytes.</summary>
    internal TestIdentity(string name, TestKeyAlgorithm keyAlgorithm, BcX509Certificate certificate, AsymmetricKeyParameter privateKey, string password, byte[] pkcs12)
    {
        Name = name;
        KeyAlgorithm = keyAlgorithm;
        BouncyCastleCertificate = certificate;
        PrivateKey = privateKey;
        Certificate = CertificateLoading.LoadCertificate(certificate.GetEncoded());
        Password = password;
        Pkcs12 = pkcs12;
    }

    /// <summary>File stem used by <see cref="TestPki.WriteTo"/>, e.g. <c>signer-rsa</c>.</summary>
    public string Name { get; }

    /// <summary>The key algorithm of <see cref="PrivateKey"/>.</summary>
    public TestKeyAlgorithm KeyAlgorithm { get; }

    /// <summary>The certificate (public part only; see <see cref="LoadWithPrivateKey"/>).</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The same certificate as a BouncyCastle object.</summary>
    internal BcX509Certificate BouncyCastleCertificate { get; }

    /// <summary>The private key as a BouncyCastle key parameter.</summary>
    internal AsymmetricKeyParameter PrivateKey { get; }

    /// <summary>The random 20-character alphanumeric password protecting <see cref="Pkcs12"/>.</summary>
    public string Password { get; }

    /// <summary>
    /// PKCS#12 (PFX) holding the private key, this certificate and its issuers up to the root, with the subject CN as
    /// friendly name; encrypted with <see cref="Password"/> (PBES2/AES-256-CBC, HMAC-SHA256 MAC). Readable by
    /// OpenSSL 3 (default provider), NSS, BouncyCastle's Pkcs12Store and .NET, except that .NET cannot load the
    /// file of an Ed25519 identity at all (unknown key algorithm 1.3.101.112): use Pkcs12Store for those.
    /// </summary>
    public byte[] Pkcs12 { get; }

    /// <summary>The subject distinguished name, as .NET formats it.</summary>
    public string Subject => Certificate.Subject;

    /// <summary>
    /// Returns a new <see cref="X509Certificate2"/> with the private key attached (in memory, never persisted).
    /// The caller owns (and should dispose) the result.
    /// </summary>
    /// <exception cref="NotSupportedException">The key is Ed25519, which .NET cannot represent.</exception>
    public X509Certificate2 LoadWithPrivateKey()
    {
        if (KeyAlgorithm == TestKeyAlgorithm.Ed25519)
        {
            throw new NotSupportedException(
                $"'{Name}' has an Ed25519 key, which System.Security.Cryptography cannot represent; load its Pkcs12 with BouncyCastle (Pkcs12Store) instead.");
        }

        byte[] pkcs8 = PrivateKeyInfoFactory.CreatePrivateKeyInfo(PrivateKey).GetDerEncoded();
        try
        {
            if (KeyAlgorithm is TestKeyAlgorithm.EcdsaP256 or TestKeyAlgorithm.EcdsaP384)
            {
                using ECDsa ecdsa = ECDsa.Create();
                ecdsa.ImportPkcs8PrivateKey(pkcs8, out _);
                return Certificate.CopyWithPrivateKey(ecdsa);
            }

            using RSA rsa = RSA.Create();
            rsa.ImportPkcs8PrivateKey(pkcs8, out _);
            return Certificate.CopyWithPrivateKey(rsa);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Subject})";
}
