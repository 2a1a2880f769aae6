using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.TestUtils;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.X509;

namespace Bsre.Sdk.Tests.TestUtils;

/// <summary>In-process checks of the generated PKI's structure and formats.</summary>
public sealed class TestPkiTests(TestPkiFixture fixture) : IClassFixture<TestPkiFixture>
{
    private TestPki Pki => fixture.Pki;

    [Fact]
    public void Hierarchy_mirrors_bsre()
    {
        Assert.Equal(TestPki.RootSubject, Pki.Root.Subject);
        Assert.Equal(TestPki.RootSubject, Pki.Root.Certificate.Issuer);
        Assert.Equal(TestPki.IntermediateSubject, Pki.Intermediate.Subject);
        Assert.Equal(TestPki.RootSubject, Pki.Intermediate.Certificate.Issuer);
        Assert.Equal(3072, Pki.Root.Certificate.GetRSAPublicKey()!.KeySize);
        Assert.Equal(2048, Pki.Intermediate.Certificate.GetRSAPublicKey()!.KeySize);

        X509BasicConstraintsExtension rootConstraints = Extension<X509BasicConstraintsExtension>(Pki.Root.Certificate);
        Assert.True(rootConstraints.CertificateAuthority);
        Assert.True(rootConstraints.Critical);
        X509BasicConstraintsExtension intermediateConstraints = Extension<X509BasicConstraintsExtension>(Pki.Intermediate.Certificate);
        Assert.True(intermediateConstraints.CertificateAuthority);
        Assert.True(intermediateConstraints.HasPathLengthConstraint);
        Assert.Equal(0, intermediateConstraints.PathLengthConstraint);
        Assert.Equal(
            X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign,
            Extension<X509KeyUsageExtension>(Pki.Intermediate.Certificate).KeyUsages);

        Assert.Equal([Pki.Intermediate.Certificate, Pki.Root.Certificate], Pki.Chain);
        Assert.Equal(8, Pki.Leaves.Count);
        Assert.Equal(8, Pki.Leaves.Select(l => l.Subject).Distinct().Count());
    }

    [Fact]
    public void Leaves_have_the_bsre_profile()
    {
        foreach (TestIdentity leaf in Pki.Leaves)
        {
            X509Certificate2 cert = leaf.Certificate;
            Assert.Equal(TestPki.IntermediateSubject, cert.Issuer);
            Assert.Equal("1.2.840.113549.1.1.11", cert.SignatureAlgorithm.Value); // sha256WithRSAEncryption
            Assert.Equal(16, cert.SerialNumberBytes.Length);
            Assert.True(cert.SerialNumberBytes.Span[0] is >= 0x40 and < 0x80);
            Assert.False(cert.HasPrivateKey);
            Assert.Equal(
                Extension<X509SubjectKeyIdentifierExtension>(Pki.Intermediate.Certificate).SubjectKeyIdentifierBytes.ToArray(),
                Extension<X509AuthorityKeyIdentifierExtension>(cert).KeyIdentifier!.Value.ToArray());

            X509AuthorityInformationAccessExtension aia = Extension<X509AuthorityInformationAccessExtension>(cert);
            Assert.Equal(["http://127.0.0.1:2560/ocsp"], aia.EnumerateOcspUris());
            Assert.Equal(["http://127.0.0.1:2560/certs/intermediate.cer"], aia.EnumerateCAIssuersUris());
            var policies = Org.BouncyCastle.Asn1.X509.CertificatePolicies.GetInstance(cert.Extensions["2.5.29.32"]!.RawData);
            Assert.Equal(TestPki.CertificatePolicyOid, Assert.Single(policies.GetPolicyInformation()).PolicyIdentifier.Id);

            X509KeyUsageExtension keyUsage = Extension<X509KeyUsageExtension>(cert);
            Assert.True(keyUsage.Critical);
            Assert.True(keyUsage.KeyUsages.HasFlag(X509KeyUsageFlags.DigitalSignature));
        }

        Assert.Equal(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation,
            Extension<X509KeyUsageExtension>(Pki.SignerRsa.Certificate).KeyUsages);
        X509EnhancedKeyUsageExtension tsaEku = Extension<X509EnhancedKeyUsageExtension>(Pki.Tsa.Certificate);
        Assert.True(tsaEku.Critical);
        Assert.Equal("1.3.6.1.5.5.7.3.8", Assert.Single(tsaEku.EnhancedKeyUsages.Cast<Oid>()).Value);
        Assert.Equal("1.3.6.1.5.5.7.3.9", Assert.Single(Extension<X509EnhancedKeyUsageExtension>(Pki.OcspResponder.Certificate).EnhancedKeyUsages.Cast<Oid>()).Value);
        Assert.NotNull(Pki.OcspResponder.Certificate.Extensions["1.3.6.1.5.5.7.48.1.5"]);
        Assert.Null(Pki.SignerRsa.Certificate.Extensions["2.5.29.37"]);
    }

    [Fact]
    public void Key_algorithms_match_the_identities()
    {
        Assert.Equal(2048, Pki.SignerRsa.Certificate.GetRSAPublicKey()!.KeySize);
        Assert.Equal(256, Pki.SignerEcdsa.Certificate.GetECDsaPublicKey()!.KeySize);
        Assert.Equal(384, Pki.SignerEcdsaP384.Certificate.GetECDsaPublicKey()!.KeySize);
        Assert.Equal("1.3.101.112", Pki.SignerEd25519.Certificate.PublicKey.Oid.Value);
        Assert.Equal(TestKeyAlgorithm.Ed25519, Pki.SignerEd25519.KeyAlgorithm);
    }

    [Fact]
    public void Validity_is_relative_to_now_and_base_url_is_configurable()
    {
        var now = new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
        TestPki pki = TestPki.Create(new TestPkiOptions { Now = now, ServiceBaseUrl = new Uri("http://localhost:9999/bsre") });

        Assert.Equal(now.AddDays(-1).UtcDateTime, pki.SignerRsa.Certificate.NotBefore.ToUniversalTime());
        Assert.Equal(now.AddYears(2).UtcDateTime, pki.SignerRsa.Certificate.NotAfter.ToUniversalTime());
        Assert.Equal(now.AddYears(20).UtcDateTime, pki.Root.Certificate.NotAfter.ToUniversalTime());
        Assert.Equal(now.AddYears(-1).UtcDateTime, pki.SignerExpired.Certificate.NotAfter.ToUniversalTime());
        Assert.Equal(new Uri("http://localhost:9999/bsre/ocsp"), pki.Urls.Ocsp);
        Assert.Equal(
            ["http://localhost:9999/bsre/ocsp"],
            Extension<X509AuthorityInformationAccessExtension>(pki.Tsa.Certificate).EnumerateOcspUris());
    }

    [Fact]
    public void Chain_builds_in_dotnet_and_expired_signer_does_not()
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Pki.Root.Certificate);
        chain.ChainPolicy.ExtraStore.Add(Pki.Intermediate.Certificate);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;

        Assert.True(chain.Build(Pki.SignerEcdsa.Certificate), string.Join(", ", chain.ChainStatus.Select(s => s.StatusInformation)));
        Assert.False(chain.Build(Pki.SignerExpired.Certificate));
        Assert.Contains(chain.ChainStatus, s => s.Status == X509ChainStatusFlags.NotTimeValid);
    }

    [Fact]
    public void Pkcs12_loads_in_dotnet_with_key_and_chain()
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
    public void Crls_are_signed_and_list_the_revoked_signer()
    {
        X509Crl crl = new X509CrlParser().ReadCrl(Pki.IntermediateCrl);
        crl.Verify(Pki.Intermediate.BouncyCastleCertificate.GetPublicKey());
        X509CrlEntry entry = Assert.Single(crl.GetRevokedCertificates());
        Assert.Equal(Pki.SignerRevoked.BouncyCastleCertificate.SerialNumber, entry.SerialNumber);
        Assert.Equal(Pki.Now.AddHours(-1).UtcDateTime, entry.RevocationDate, TimeSpan.FromSeconds(1));
        Assert.Equal(Pki.Now.AddHours(-1).UtcDateTime, crl.ThisUpdate, TimeSpan.FromSeconds(1));
        Assert.Equal(Pki.Now.AddDays(7).UtcDateTime, crl.NextUpdate!.Value, TimeSpan.FromSeconds(1));
        Assert.True(crl.IsRevoked(Pki.SignerRevoked.BouncyCastleCertificate));
        Assert.False(crl.IsRevoked(Pki.SignerRsa.BouncyCastleCertificate));

        X509Crl rootCrl = new X509CrlParser().ReadCrl(Pki.RootCrl);
        rootCrl.Verify(Pki.Root.BouncyCastleCertificate.GetPublicKey());
        Assert.Null(rootCrl.GetRevokedCertificates());
    }

    [Fact]
    public void CreateCrl_makes_stale_crls_with_increasing_numbers()
    {
        DateTimeOffset thisUpdate = Pki.Now.AddDays(-30);
        byte[] first = Pki.CreateCrl(
            Pki.Intermediate,
            [new CrlEntry(Pki.SignerEcdsa.Certificate, Pki.Now.AddDays(-31), X509RevocationReason.Superseded),
             new CrlEntry(Pki.SignerRsa.Certificate, Pki.Now.AddDays(-31), X509RevocationReason.Unspecified)],
            thisUpdate,
            Pki.Now.AddDays(-23));
        byte[] second = Pki.CreateCrl(Pki.Intermediate, [], thisUpdate, Pki.Now.AddDays(-23));

        X509Crl crl = new X509CrlParser().ReadCrl(first);
        crl.Verify(Pki.Intermediate.BouncyCastleCertificate.GetPublicKey());
        Assert.Equal(thisUpdate.UtcDateTime, crl.ThisUpdate, TimeSpan.FromSeconds(1));
        Assert.True(crl.NextUpdate < Pki.Now.UtcDateTime);
        Assert.Equal(2, crl.GetRevokedCertificates().Count);
        Assert.True(CrlNumber(second) > CrlNumber(first));
        Assert.Equal(42, CrlNumber(Pki.CreateCrl(Pki.Root, [], thisUpdate, Pki.Now, crlNumber: 42)));
    }

    [Fact]
    public void WriteTo_writes_exactly_the_documented_files()
    {
        string[] leaves = ["signer-rsa", "signer-ecdsa", "signer-ecdsa-p384", "signer-ed25519", "signer-revoked", "signer-expired", "tsa", "ocsp"];
        string[] expected =
        [
            "root.pem", "intermediate.pem", "chain.pem", "crl.pem", "root-crl.pem", "README.txt",
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
            available = (await ToolResult.RunAsync("pk12util", fixture.Directory, "-h")).ExitCode >= 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            available = false;
        }

        Skip.IfNot(available, "NSS pk12util is not on PATH (Debian: apt-get install libnss3-tools).");
        foreach (TestIdentity leaf in Pki.Leaves)
        {
            ToolResult result = await ToolResult.RunAsync("pk12util", fixture.Directory, "-l", leaf.Name + ".p12", "-w", leaf.Name + ".password");
            Assert.True(result.ExitCode == 0, leaf.Name + ": " + result.Output);
        }
    }

    private static long CrlNumber(byte[] crl)
    {
        var extension = new X509CrlParser().ReadCrl(crl).GetExtensionValue(Org.BouncyCastle.Asn1.X509.X509Extensions.CrlNumber);
        return Org.BouncyCastle.Asn1.DerInteger.GetInstance(extension.GetOctets()).LongValueExact;
    }

    private static T Extension<T>(X509Certificate2 certificate)
        where T : X509Extension =>
        Assert.Single(certificate.Extensions.OfType<T>());
}
