using System.Security.Cryptography;
using Bsre.Sdk.Csc;
using Bsre.Sdk.Csc.Internal;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Tests.Csc;

/// <summary><c>signAlgo</c> comes from the credential's <c>key/algo</c>; an ECDSA answer in r||s form becomes the DER CMS needs.</summary>
public sealed class CscSignaturePlanTests
{
    private static readonly SignatureRequest Ecdsa = new("attributes"u8.ToArray(), HashAlgorithmName.SHA384, SignatureScheme.Ecdsa);

    [Theory]
    [InlineData(SignatureScheme.RsaPkcs1, "1.2.840.113549.1.1.1", "1.2.840.113549.1.1.1")]
    [InlineData(SignatureScheme.RsaPkcs1, "1.2.840.113549.1.1.1,1.2.840.113549.1.1.11", "1.2.840.113549.1.1.11")]
    [InlineData(SignatureScheme.RsaPss, "1.2.840.113549.1.1.1,1.2.840.113549.1.1.10", "1.2.840.113549.1.1.10")]
    [InlineData(SignatureScheme.Ecdsa, "1.2.840.10045.2.1", "1.2.840.10045.2.1")]
    [InlineData(SignatureScheme.Ecdsa, "1.2.840.10045.4.3.2,1.2.840.10045.4.3.3", "1.2.840.10045.4.3.2")]
    public void The_sign_algorithm_is_the_hash_specific_OID_when_offered_else_the_key_OID(SignatureScheme scheme, string offered, string expected)
    {
        var request = new SignatureRequest("attributes"u8.ToArray(), HashAlgorithmName.SHA256, scheme);

        CscSignaturePlan plan = CscSignaturePlan.For(request, Credential(offered.Split(',')));

        Assert.Equal(expected, plan.SignAlgorithm);
        Assert.Equal(scheme == SignatureScheme.RsaPss, plan.Parameters.Length > 0);
    }

    [Fact]
    public void A_scheme_the_key_does_not_offer_is_AlgorithmNotSupported()
    {
        var request = new SignatureRequest("attributes"u8.ToArray(), HashAlgorithmName.SHA256, SignatureScheme.RsaPss);

        var error = Assert.Throws<CscException>(() => CscSignaturePlan.For(request, Credential(["1.2.840.113549.1.1.1"])));

        Assert.Equal(CscErrorCode.AlgorithmNotSupported, error.ErrorCode);
    }

    [Fact]
    public void An_ECDSA_signature_in_r_s_form_becomes_DER_and_DER_stays_as_it_is()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        byte[] p1363 = key.SignHash(Ecdsa.Digest.Span, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        CscSignaturePlan plan = CscSignaturePlan.For(Ecdsa, Credential(["1.2.840.10045.2.1"]));

        byte[] der = plan.ToSignatureValue(p1363);

        Assert.Equal(0x30, der[0]);
        Assert.True(key.VerifyHash(Ecdsa.Digest.Span, der, DSASignatureFormat.Rfc3279DerSequence));
        Assert.Same(der, plan.ToSignatureValue(der));
    }

    private static CscCredential Credential(string[] algorithms)
    {
        using var key = RSA.Create(2048);
        using var certificate = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=CSC test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return CscCredentialReader.Read("c1", new CscCredentialResponse(
            null,
            new CscKeyBody("enabled", algorithms, 2048, null),
            new CscCertBody("valid", [Convert.ToBase64String(certificate.RawData)]),
            new CscAuthBody("explicit", [new CscAuthObjectBody("Password", "PIN")]),
            "1",
            1), "credentials/info");
    }
}
