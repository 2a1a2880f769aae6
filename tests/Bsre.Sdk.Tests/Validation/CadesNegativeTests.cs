using System.Security.Cryptography;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Validation;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ess;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Attribute = Org.BouncyCastle.Asn1.Cms.Attribute;

namespace Bsre.Sdk.Tests.Validation;

/// <summary>Each way a signature can be wrong yields its own indication and subindication.</summary>
[Collection(PkiTestGroup.Name)]
public sealed class CadesNegativeTests(PkiFixture fixture)
{
    private readonly byte[] _content = Cades.Content();

    [Fact]
    public async Task Tampered_content_is_TOTAL_FAILED_HASH_FAILURE()
    {
        byte[] cms = await Cades.SignDetachedAsync(fixture.Pki.SignerRsa, _content, fixture.Options());
        byte[] tampered = (byte[])_content.Clone();
        tampered[^1] ^= 0x01;

        await AssertOutcomeAsync(cms, tampered, ValidationIndication.TotalFailed, SubIndication.HashFailure);
    }

    [Fact]
    public async Task Tampered_signature_value_is_TOTAL_FAILED_SIG_CRYPTO_FAILURE()
    {
        byte[] cms = await Cades.SignDetachedAsync(fixture.Pki.SignerRsa, _content, fixture.Options());

        await AssertOutcomeAsync(CmsSurgery.FlipSignatureValueByte(cms), _content, ValidationIndication.TotalFailed, SubIndication.SigCryptoFailure);
    }

    [Fact]
    public async Task Certificate_of_another_key_is_TOTAL_FAILED_SIG_CRYPTO_FAILURE()
    {
        // The signer claims SignerRsa's certificate (so it is embedded and referenced) but signs with another RSA key.
        using var otherKey = PkiFixture.SignerFor(fixture.Pki.SignerRevoked);
        using var impostor = new ExternalSigner(
            _ => ValueTask.FromResult(new SignerCertificates(fixture.Pki.SignerRsa.Certificate, fixture.Pki.Chain)),
            otherKey.SignAsync);
        byte[] cms = await Cades.SignDetachedAsync(impostor, _content, fixture.Options());

        await AssertOutcomeAsync(cms, _content, ValidationIndication.TotalFailed, SubIndication.SigCryptoFailure);
    }

    [Fact]
    public async Task Control_resigned_unchanged_attributes_still_pass()
    {
        byte[] cms = await ResignWithEssCertIdAsync(id => id);

        var result = await Cades.ValidateSingleAsync(cms, _content, fixture.TrustRoot());

        Assert.True(result.Indication == ValidationIndication.TotalPassed, Cades.Describe(result));
    }

    [Theory]
    [InlineData("another certificate")]
    [InlineData("another serial number")]
    [InlineData("an unsupported hash algorithm")]
    public async Task Signing_certificate_v2_naming_another_certificate_is_INDETERMINATE_NO_SIGNING_CERTIFICATE_FOUND(string mismatch)
    {
        var other = fixture.Pki.SignerEcdsa.BouncyCastleCertificate;
        var own = fixture.Pki.SignerRsa.BouncyCastleCertificate;
        byte[] cms = await ResignWithEssCertIdAsync(id => mismatch switch
        {
            "another certificate" => new EssCertIDv2(SHA256.HashData(other.GetEncoded()), IssuerSerial(other.IssuerDN, other.SerialNumber)),
            "another serial number" => new EssCertIDv2(id.GetCertHash(), IssuerSerial(own.IssuerDN, own.SerialNumber.Add(Org.BouncyCastle.Math.BigInteger.One))),
            _ => new EssCertIDv2(new AlgorithmIdentifier(new DerObjectIdentifier("1.3.6.1.4.1.99999.7")), new byte[32], id.IssuerSerial),
        });

        var result = await AssertOutcomeAsync(cms, _content, ValidationIndication.Indeterminate, SubIndication.NoSigningCertificateFound);
        Assert.Contains(result.Errors, e => e.Contains("signing-certificate-v2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unrelated_trust_anchor_is_INDETERMINATE_NO_CERTIFICATE_CHAIN_FOUND()
    {
        byte[] cms = await Cades.SignDetachedAsync(fixture.Pki.SignerRsa, _content, fixture.Options());

        await AssertOutcomeAsync(
            cms, _content, ValidationIndication.Indeterminate, SubIndication.NoCertificateChainFound, PkiFixture.Trust(fixture.OtherPki.Root));
    }

    [Fact]
    public async Task Expired_signer_without_timestamp_is_INDETERMINATE_OUT_OF_BOUNDS_NO_POE()
    {
        byte[] cms = await Cades.SignDetachedAsync(fixture.Pki.SignerExpired, _content, fixture.Options());

        await AssertOutcomeAsync(cms, _content, ValidationIndication.Indeterminate, SubIndication.OutOfBoundsNoPoe);
    }

    [Fact]
    public async Task Detached_signature_without_content_is_INDETERMINATE_SIGNED_DATA_NOT_FOUND()
    {
        byte[] cms = await Cades.SignDetachedAsync(fixture.Pki.SignerRsa, _content, fixture.Options());

        await AssertOutcomeAsync(cms, null, ValidationIndication.Indeterminate, SubIndication.SignedDataNotFound);
    }

    [Fact]
    public async Task Signing_time_with_three_values_fails_format_checking_even_without_the_detached_content()
    {
        // DSS's cades-duplicated-signed-attrs.p7m: RFC 5652 §11.3 allows one signing-time value; format checking comes
        // before cryptographic verification (EN 319 102-1 §5.2.3), so a missing content does not hide the violation
        byte[] cms = await Cades.SignDetachedAsync(fixture.Pki.SignerRsa, _content, fixture.Options());
        using var key = PkiFixture.SignerFor(fixture.Pki.SignerRsa);
        byte[] tripled = await CmsSurgery.ResignAsync(
            cms,
            attribute => attribute.AttrType.Equals(PkcsObjectIdentifiers.Pkcs9AtSigningTime)
                ? new Attribute(attribute.AttrType, new DerSet(attribute.AttrValues[0], new DerUtcTime(DateTime.UtcNow.AddSeconds(-1), 2049), new DerUtcTime(DateTime.UtcNow.AddSeconds(-2), 2049)))
                : attribute,
            key,
            SignatureScheme.RsaPkcs1,
            HashAlgorithmName.SHA256);

        var result = await AssertOutcomeAsync(tripled, null, ValidationIndication.TotalFailed, SubIndication.FormatFailure);
        Assert.Contains(result.Findings, f => f.Code == "SIGNED_ATTRIBUTES_INVALID");
    }

    private async Task<SignatureValidationResult> AssertOutcomeAsync(
        byte[] cms, byte[]? content, ValidationIndication indication, SubIndication subIndication, SignatureValidationOptions? options = null)
    {
        var report = await Cades.ValidateAsync(cms, content, options ?? fixture.TrustRoot());
        var result = Assert.Single(report.Signatures);
        Assert.True(result.Indication == indication && result.SubIndication == subIndication, Cades.Describe(result));
        Assert.Equal(indication, report.Indication);
        Assert.NotEmpty(result.Errors);
        return result;
    }

    /// <summary>Signs with SignerRsa, replaces the ESS cert ID, and signs the new attributes again with SignerRsa's own key.</summary>
    private async Task<byte[]> ResignWithEssCertIdAsync(Func<EssCertIDv2, EssCertIDv2> replace)
    {
        byte[] cms = await Cades.SignDetachedAsync(fixture.Pki.SignerRsa, _content, fixture.Options());
        using var key = PkiFixture.SignerFor(fixture.Pki.SignerRsa);
        return await CmsSurgery.ResignAsync(
            cms,
            attribute => attribute.AttrType.Equals(PkcsObjectIdentifiers.IdAASigningCertificateV2)
                ? new Attribute(attribute.AttrType, new DerSet(new SigningCertificateV2([replace(SigningCertificateV2.GetInstance(attribute.AttrValues[0]).GetCerts()[0])])))
                : attribute,
            key,
            SignatureScheme.RsaPkcs1,
            HashAlgorithmName.SHA256);
    }

    private static IssuerSerial IssuerSerial(X509Name issuer, Org.BouncyCastle.Math.BigInteger serial)
        => new(new GeneralNames(new GeneralName(issuer)), new DerInteger(serial));
}
