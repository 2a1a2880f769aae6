using System.Security.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Prng;
using Org.BouncyCastle.Security;

namespace Bsre.Sdk.Testing;

/// <summary>Key pair generation and algorithm helpers shared by the test PKI and servers.</summary>
internal static class KeyPairs
{
    /// <summary>
    /// The random source for every BouncyCastle operation in this assembly: the OS CSPRNG through
    /// <see cref="RandomNumberGenerator"/>, which (unlike a shared PRNG state) is safe to use from many threads.
    /// </summary>
    internal static readonly SecureRandom Random = new(new CryptoApiRandomGenerator());

    /// <summary>
    /// Generates a key pair. RSA and ECDSA keys come from the platform (much faster than BouncyCastle's RSA
    /// generator) and are converted through PKCS#8 / SubjectPublicKeyInfo; Ed25519 comes from BouncyCastle.
    /// </summary>
    internal static AsymmetricCipherKeyPair Generate(TestKeyAlgorithm algorithm)
    {
        switch (algorithm)
        {
            case TestKeyAlgorithm.Rsa1024:
            case TestKeyAlgorithm.Rsa2048:
            case TestKeyAlgorithm.Rsa3072:
            case TestKeyAlgorithm.Rsa4096:
                using (RSA rsa = RSA.Create(RsaKeySize(algorithm)))
                {
                    return Convert(rsa);
                }

            case TestKeyAlgorithm.EcdsaP256:
            case TestKeyAlgorithm.EcdsaP384:
                ECCurve curve = algorithm == TestKeyAlgorithm.EcdsaP256 ? ECCurve.NamedCurves.nistP256 : ECCurve.NamedCurves.nistP384;
                using (ECDsa ecdsa = ECDsa.Create(curve))
                {
                    return Convert(ecdsa);
                }

            case TestKeyAlgorithm.Ed25519:
                var generator = new Ed25519KeyPairGenerator();
                generator.Init(new Ed25519KeyGenerationParameters(Random));
                return generator.GenerateKeyPair();

            default:
                throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown key algorithm.");
        }
    }

    /// <summary>The X.509 signature algorithm name (BouncyCastle spelling) to sign with the given private key.</summary>
    internal static string SignatureAlgorithm(AsymmetricKeyParameter privateKey) => privateKey switch
    {
        RsaKeyParameters => "SHA256WITHRSA",
        ECPrivateKeyParameters ec when ec.Parameters.Curve.FieldSize > 256 => "SHA384WITHECDSA",
        ECPrivateKeyParameters => "SHA256WITHECDSA",
        Ed25519PrivateKeyParameters => "Ed25519",
        _ => throw new NotSupportedException($"Unsupported private key type {privateKey.GetType().Name}."),
    };

    private static int RsaKeySize(TestKeyAlgorithm algorithm) => algorithm switch
    {
        TestKeyAlgorithm.Rsa1024 => 1024,
        TestKeyAlgorithm.Rsa2048 => 2048,
        TestKeyAlgorithm.Rsa3072 => 3072,
        _ => 4096,
    };

    private static AsymmetricCipherKeyPair Convert(AsymmetricAlgorithm key)
    {
        byte[] pkcs8 = key.ExportPkcs8PrivateKey();
        try
        {
            AsymmetricKeyParameter privateKey = PrivateKeyFactory.CreateKey(pkcs8);
            AsymmetricKeyParameter publicKey = PublicKeyFactory.CreateKey(key.ExportSubjectPublicKeyInfo());
            return new AsymmetricCipherKeyPair(publicKey, privateKey);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }
}
