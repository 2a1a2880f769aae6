using Bsre.Sdk.Signing;
using Bsre.Sdk.Tests.Fixtures;

namespace Bsre.Sdk.Tests.Signing;

[Collection(PkiTestGroup.Name)]
public sealed class LocalSignerTests(PkiFixture fixture)
{
    [Theory]
    [InlineData("signer-rsa")]
    [InlineData("signer-ecdsa")]
    [InlineData("signer-ecdsa-p384")]
    [InlineData("signer-ed25519")]
    public async Task FromPkcs12_opens_the_key_and_the_chain(string name)
    {
        var identity = fixture.Identity(name);

        using var signer = LocalSigner.FromPkcs12(identity.Pkcs12, identity.Password);
        var certificates = await signer.GetCertificatesAsync();

        Assert.Equal(identity.Certificate.Thumbprint, signer.Certificate.Thumbprint);
        Assert.Equal(fixture.Pki.Chain.Select(c => c.Thumbprint), certificates.Chain.Select(c => c.Thumbprint));
    }

    [Theory]
    [InlineData("signer-rsa")]
    [InlineData("signer-ecdsa")]
    [InlineData("signer-ed25519")]
    public async Task One_signer_shared_by_many_threads_makes_only_valid_signatures(string name)
    {
        using var signer = PkiFixture.SignerFor(fixture.Identity(name));
        byte[][] contents = [.. Enumerable.Range(0, 64).Select(i => Cades.Content(length: 256, seed: i))];
        var options = fixture.Options(name == "signer-ed25519" ? "SHA512" : "SHA256");

        byte[][] signatures = await Task.WhenAll(contents.Select(c => Task.Run(() => Cades.SignDetachedAsync(signer, c, options))));

        for (int i = 0; i < contents.Length; i++)
        {
            var result = await Cades.ValidateSingleAsync(signatures[i], contents[i], fixture.TrustRoot());
            Assert.True(result.Indication == Bsre.Sdk.Validation.ValidationIndication.TotalPassed, Cades.Describe(result));
        }
    }

    [Fact]
    public void Wrong_password_throws_SigningKeyException_without_the_password()
    {
        var identity = fixture.Pki.SignerRsa;
        string wrong = "Wrong" + identity.Password;

        var e = Assert.Throws<SigningKeyException>(() => LocalSigner.FromPkcs12(identity.Pkcs12, wrong));

        Assert.DoesNotContain(wrong, e.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(identity.Password, e.ToString(), StringComparison.Ordinal);
        Assert.Contains("password", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("random")]
    [InlineData("truncated")]
    [InlineData("certificate")]
    public void Garbage_throws_SigningKeyException_without_the_password(string input)
    {
        var identity = fixture.Pki.SignerRsa;
        byte[] bytes = input switch
        {
            "empty" => [],
            "random" => Cades.Content(3000, seed: 3),
            "truncated" => identity.Pkcs12[..(identity.Pkcs12.Length / 2)],
            _ => identity.Certificate.RawData,
        };

        var e = Assert.Throws<SigningKeyException>(() => LocalSigner.FromPkcs12(bytes, identity.Password));

        Assert.DoesNotContain(identity.Password, e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_password_for_a_file_names_the_file_and_the_password()
    {
        var identity = fixture.Pki.SignerRsa;
        string path = Path.Combine(fixture.NewWorkDirectory(), "signer.p12");
        File.WriteAllBytes(path, identity.Pkcs12);

        var e = Assert.Throws<SigningKeyException>(() => LocalSigner.FromPkcs12File(path, "Wrong" + identity.Password));

        Assert.Contains($"'{path}'", e.Message, StringComparison.Ordinal);
        Assert.Contains("the password is wrong", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_PEM_file_given_as_p12_is_named_as_PEM_not_as_a_wrong_password()
    {
        var identity = fixture.Pki.SignerRsa;
        string path = Path.Combine(fixture.NewWorkDirectory(), "signer.p12");
        File.WriteAllText(path, identity.Certificate.ExportCertificatePem());

        var e = Assert.Throws<SigningKeyException>(() => LocalSigner.FromPkcs12File(path, identity.Password));

        Assert.Contains($"'{path}' is PEM text, not PKCS#12", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("password is wrong", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("random")]
    [InlineData("truncated")]
    [InlineData("certificate")]
    public void A_file_that_is_not_PKCS12_says_so_not_that_the_password_is_wrong(string input)
    {
        var identity = fixture.Pki.SignerRsa;
        byte[] bytes = input switch
        {
            "random" => Cades.Content(3000, seed: 3),
            "truncated" => identity.Pkcs12[..(identity.Pkcs12.Length / 2)],
            _ => identity.Certificate.RawData,
        };

        var e = Assert.Throws<SigningKeyException>(() => LocalSigner.FromPkcs12(bytes, identity.Password));

        Assert.Contains("is not a PKCS#12 (.p12/.pfx) file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromPkcs12File_of_a_missing_file_throws_FileNotFoundException()
        => Assert.Throws<FileNotFoundException>(() => LocalSigner.FromPkcs12File(Path.Combine(fixture.NewWorkDirectory(), "none.p12"), "x"));

    [Fact]
    public void FromPkcs12File_reads_the_file_written_by_the_test_pki()
    {
        string password = File.ReadAllText(Path.Combine(fixture.Directory, "signer-ecdsa.password")).Trim();

        using var signer = LocalSigner.FromPkcs12File(Path.Combine(fixture.Directory, "signer-ecdsa.p12"), password);

        Assert.Equal(fixture.Pki.SignerEcdsa.Certificate.Thumbprint, signer.Certificate.Thumbprint);
    }
}
