using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;
using Bsre.Sdk.Tests.Fixtures;
using Org.BouncyCastle.Pkcs;

namespace Bsre.Sdk.Tests.TestUtils;

/// <summary>PKCS#12 files, private keys and the files written by <see cref="TestPki.WriteTo"/>.</summary>
[Collection(PkiTestGroup.Name)]
public sealed class TestPkiFormatTests(PkiFixture fixture)
{
    private TestPki Pki => fixture.Pki;

    [Fact]
    public void Pkcs12_loads_in_dotnet_with_key_and_chain_except_ed25519()
    {
        foreach (TestIdentity leaf in Pki.Leaves.Where(l => l.KeyAlgorithm != TestKeyAlgorithm.Ed25519))
        {
            using X509Certificate2 withKey = X509CertificateLoader.LoadPkcs12(leaf.Pkcs12, leaf.Password, X509KeyStorageFlags.EphemeralKeySet);
            Assert.True(withKey.HasPrivateKey);
            Assert.Equal(leaf.Certificate.Thumbprint, withKey.Thumbprint);

            X509Certificate2Collection all = X509CertificateLoader.LoadPkcs12Collection(leaf.Pkcs12, leaf.Password, X509KeyStorageFlags.EphemeralKeySet);
            Assert.Equal(3, all.Count);
            Assert.Contains(all, c => c.Thumbprint == Pki.Root.Certificate.Thumbprint);
            Assert.Contains(all, c => c.Thumbprint == Pki.Intermediate.Certificate.Thumbprint);
            foreach (X509Certificate2 c in all)
            {
                c.Dispose();
            }
        }

        // Platform limitation, documented on TestIdentity.Pkcs12: .NET cannot parse PKCS#12 files with Ed25519 keys.
        Assert.ThrowsAny<CryptographicException>(
            () => X509CertificateLoader.LoadPkcs12(Pki.SignerEd25519.Pkcs12, Pki.SignerEd25519.Password, X509KeyStorageFlags.EphemeralKeySet));
    }

    [Fact]
    public void Pkcs12_loads_in_bouncycastle_including_ed25519()
    {
        foreach (TestIdentity leaf in Pki.Leaves)
        {
            Pkcs12Store store = new Pkcs12StoreBuilder().Build();
            store.Load(new MemoryStream(leaf.Pkcs12), leaf.Password.ToCharArray());
            string alias = Assert.Single(store.Aliases, store.IsKeyEntry);
            Assert.Equal(leaf.Certificate.GetNameInfo(X509NameType.SimpleName, false), alias);
            Assert.Equal(3, store.GetCertificateChain(alias).Length);
            Assert.Equal(leaf.BouncyCastleCertificate, store.GetCertificate(alias).Certificate);
            Assert.True(store.GetKey(alias).Key.IsPrivate);
        }
    }

    [Fact]
    public void LoadWithPrivateKey_signs_for_rsa_and_ecdsa_and_rejects_ed25519()
    {
        byte[] data = "halo dunia"u8.ToArray();
        using (X509Certificate2 rsa = Pki.SignerRsa.LoadWithPrivateKey())
        {
            byte[] signature = rsa.GetRSAPrivateKey()!.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            Assert.True(Pki.SignerRsa.Certificate.GetRSAPublicKey()!.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        }

        foreach (TestIdentity ec in new[] { Pki.SignerEcdsa, Pki.SignerEcdsaP384 })
        {
            using X509Certificate2 withKey = ec.LoadWithPrivateKey();
            byte[] signature = withKey.GetECDsaPrivateKey()!.SignData(data, HashAlgorithmName.SHA256);
            Assert.True(ec.Certificate.GetECDsaPublicKey()!.VerifyData(data, signature, HashAlgorithmName.SHA256));
        }

        Assert.Throws<NotSupportedException>(() => Pki.SignerEd25519.LoadWithPrivateKey());
    }

    [Fact]
    public void Load_reads_back_the_same_keys_certificates_passwords_and_addresses_with_fresh_CRLs()
    {
        string copy = Directory.CreateTempSubdirectory("bsre-pki-load-").FullName; // Load rewrites the CRL files
        try
        {
            foreach (string file in Directory.GetFiles(fixture.Directory))
            {
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            }

            DateTimeOffset later = DateTimeOffset.UtcNow.AddDays(30);
            TestPki loaded = TestPki.Load(copy, later);

            Assert.True(TestPki.ExistsIn(copy));
            Assert.Equal(Pki.Urls, loaded.Urls);
            Assert.Equal(Pki.Chain.Select(c => c.Thumbprint), loaded.Chain.Select(c => c.Thumbprint));
            Assert.Equal(
                Pki.Leaves.Select(l => (l.Name, l.KeyAlgorithm, l.Certificate.Thumbprint, l.Password)),
                loaded.Leaves.Select(l => (l.Name, l.KeyAlgorithm, l.Certificate.Thumbprint, l.Password)));
            Assert.True((Pki.Now - loaded.Now).Duration() < TimeSpan.FromSeconds(1));
            var crl = new Org.BouncyCastle.X509.X509Crl(loaded.IntermediateCrl);
            crl.Verify(new Org.BouncyCastle.X509.X509Certificate(loaded.Intermediate.Certificate.RawData).GetPublicKey()); // the reloaded CA key signed it
            Assert.True(crl.NextUpdate > later.UtcDateTime);
            Assert.NotNull(crl.GetRevokedCertificate(new Org.BouncyCastle.Math.BigInteger(loaded.SignerRevoked.Certificate.SerialNumber, 16)));
            string pem = File.ReadAllText(Path.Combine(copy, "crl.pem"));
            Assert.Equal(loaded.IntermediateCrl, Convert.FromBase64String(pem[PemEncoding.Find(pem).Base64Data]));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void WriteTo_writes_exactly_the_documented_files()
    {
        string[] leaves = ["signer-rsa", "signer-ecdsa", "signer-ecdsa-p384", "signer-ed25519", "signer-revoked", "signer-expired", "tsa", "ocsp"];
        string[] expected =
        [
            "root.pem", "intermediate.pem", "chain.pem", "crl.pem", "root-crl.pem", "README.txt",
            "root.p12", "root.password", "intermediate.p12", "intermediate.password",
            .. leaves.SelectMany(l => new[] { l + ".pem", l + ".p12", l + ".password" }),
        ];

        string[] actual = Directory.GetFiles(fixture.Directory).Select(Path.GetFileName).ToArray()!;
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));

        foreach (TestIdentity leaf in Pki.Leaves)
        {
            string password = File.ReadAllText(Path.Combine(fixture.Directory, leaf.Name + ".password"));
            Assert.Equal(leaf.Password + "\n", password);
            Assert.Matches("^[A-Za-z0-9]{20}$", leaf.Password);
            Assert.Equal(leaf.Pkcs12, File.ReadAllBytes(Path.Combine(fixture.Directory, leaf.Name + ".p12")));
        }

        Assert.Contains("TEST ONLY", File.ReadAllText(Path.Combine(fixture.Directory, "README.txt")), StringComparison.Ordinal);
        X509Certificate2Collection chain = [];
        chain.ImportFromPemFile(Path.Combine(fixture.Directory, "chain.pem"));
        Assert.Equal(Pki.Chain.Select(c => c.Thumbprint), chain.Select(c => c.Thumbprint));
    }

    [SkippableFact]
    public async Task Pkcs12_lists_with_nss_pk12util()
    {
        bool available;
        try
        {
            available = (await ProcessRunner.RunAsync("pk12util", ["-h"], workingDirectory: fixture.Directory)).ExitCode >= 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            available = false;
        }

        Skip.IfNot(available, "NSS pk12util is not on PATH (Debian: apt-get install libnss3-tools).");
        foreach (TestIdentity leaf in Pki.Leaves)
        {
            ProcessResult result = await ProcessRunner.RunAsync("pk12util", ["-l", leaf.Name + ".p12", "-w", leaf.Name + ".password"], workingDirectory: fixture.Directory);
            Assert.True(result.ExitCode == 0, leaf.Name + ": " + result.Output);
        }
    }
}
