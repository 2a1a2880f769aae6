using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Pkcs;
using BcX509Certificate = Org.BouncyCastle.X509.X509Certificate;

namespace Bsre.Sdk.Testing;

/// <summary>Reads back what <see cref="TestPkiWriter"/> wrote: each identity from its <c>X.p12</c> and <c>X.password</c>.</summary>
internal static class TestPkiReader
{
    public static bool Exists(string directory) =>
        File.Exists(Path.Combine(directory, "root.p12")) && File.Exists(Path.Combine(directory, "intermediate.p12"));

    public static Contents Read(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        TestIdentity root = Identity(directory, "root");
        TestIdentity intermediate = Identity(directory, "intermediate");
        var leaves = new Dictionary<string, TestIdentity>(StringComparer.Ordinal);
        foreach (string name in (string[])["signer-rsa", "signer-ecdsa", "signer-ecdsa-p384", "signer-ed25519", "signer-revoked", "signer-expired", "tsa", "ocsp"])
        {
            leaves[name] = Identity(directory, name);
        }

        // The service base URL is where the certificates point: the leaves' OCSP URL is {base}ocsp (TestPkiUrls).
        Uri ocsp = leaves["signer-rsa"].Certificate.Extensions.OfType<X509AuthorityInformationAccessExtension>()
            .SelectMany(aia => aia.EnumerateOcspUris()).Select(u => new Uri(u)).FirstOrDefault()
            ?? throw new InvalidDataException($"The test PKI in '{directory}': signer-rsa.pem names no OCSP responder.");
        return new Contents(new Uri(ocsp, "./"), root, intermediate, leaves);
    }

    private static TestIdentity Identity(string directory, string name)
    {
        string path = Path.Combine(directory, name + ".p12");
        string passwordPath = Path.Combine(directory, name + ".password");
        if (!File.Exists(path) || !File.Exists(passwordPath))
        {
            throw new InvalidDataException($"The test PKI in '{directory}' is incomplete: {name}.p12 or {name}.password is missing. Delete the directory to have a new PKI written.");
        }

        byte[] pkcs12 = File.ReadAllBytes(path);
        string password = File.ReadAllText(passwordPath).TrimEnd('\r', '\n');
        Pkcs12Store store = new Pkcs12StoreBuilder().Build();
        try
        {
            using var stream = new MemoryStream(pkcs12, writable: false);
            store.Load(stream, password.ToCharArray());
        }
        catch (IOException e)
        {
            throw new InvalidDataException($"The test PKI file '{path}' does not open with the password in {name}.password.", e);
        }

        string alias = store.Aliases.FirstOrDefault(store.IsKeyEntry) ?? throw new InvalidDataException($"The test PKI file '{path}' holds no private key.");
        AsymmetricKeyParameter key = store.GetKey(alias).Key;
        BcX509Certificate certificate = store.GetCertificate(alias).Certificate;
        return new TestIdentity(name, Algorithm(key), certificate, key, password, pkcs12);
    }

    private static TestKeyAlgorithm Algorithm(AsymmetricKeyParameter key) => key switch
    {
        RsaKeyParameters rsa => rsa.Modulus.BitLength switch { > 3072 => TestKeyAlgorithm.Rsa4096, > 2048 => TestKeyAlgorithm.Rsa3072, _ => TestKeyAlgorithm.Rsa2048 },
        ECPrivateKeyParameters ec => ec.Parameters.Curve.FieldSize > 256 ? TestKeyAlgorithm.EcdsaP384 : TestKeyAlgorithm.EcdsaP256,
        Ed25519PrivateKeyParameters => TestKeyAlgorithm.Ed25519,
        _ => throw new InvalidDataException($"Unexpected key type {key.GetType().Name} in the test PKI."),
    };

    internal sealed record Contents(Uri ServiceBaseUrl, TestIdentity Root, TestIdentity Intermediate, IReadOnlyDictionary<string, TestIdentity> Leaves)
    {
        public TestIdentity Leaf(string name) => Leaves[name];
    }
}
