using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Validation.Revocation;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Asn1.X9;

namespace Bsre.Sdk.Tests.Revocation;

/// <summary>The kept verification keys: one instance per thread at a time, reused, and typed by the key itself.</summary>
public sealed class VerificationKeysTests
{
    private static readonly byte[] Data = "nota dinas"u8.ToArray();

    [Fact]
    public void Two_threads_verifying_with_one_certificate_each_get_an_instance_and_give_it_back_for_reuse()
    {
        using RSA key = RSA.Create(2048);
        using X509Certificate2 certificate = new CertificateRequest("CN=Signer", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        var first = VerificationKeys.RentRsa(certificate)!.Value;
        var second = VerificationKeys.RentRsa(certificate)!.Value;
        Assert.NotSame(first.Key, second.Key);
        byte[] signature = key.SignData(Data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        Assert.True(first.Key.VerifyData(Data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        Assert.True(second.Key.VerifyData(Data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        first.Dispose();
        second.Dispose();

        var again = VerificationKeys.RentRsa(certificate)!.Value;
        Assert.True(ReferenceEquals(again.Key, first.Key) || ReferenceEquals(again.Key, second.Key), "the returned instance was not reused");
        again.Dispose();
        Assert.Null(VerificationKeys.RentECDsa(certificate));
    }

    [Fact]
    public void A_signature_that_claims_another_algorithm_does_not_decide_the_type_of_the_kept_key()
    {
        using RSA key = RSA.Create(2048);
        byte[] subjectPublicKeyInfo = key.ExportSubjectPublicKeyInfo();
        byte[] signature = key.SignData(Data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

        Assert.False(VerificationKeys.Verify(new AlgorithmIdentifier(X9ObjectIdentifiers.ECDsaWithSha256), subjectPublicKeyInfo, Data, signature));
        Assert.True(VerificationKeys.Verify(new AlgorithmIdentifier(PkcsObjectIdentifiers.Sha256WithRsaEncryption, DerNull.Instance), subjectPublicKeyInfo, Data, signature));
    }

    [Fact]
    public void Threads_verifying_with_one_key_at_once_all_get_the_right_answer()
    {
        using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        byte[] subjectPublicKeyInfo = key.ExportSubjectPublicKeyInfo();
        byte[] signature = key.SignData(Data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        byte[] wrong = [.. Data, 0];
        var algorithm = new AlgorithmIdentifier(X9ObjectIdentifiers.ECDsaWithSha256);

        bool[] results = new bool[400];
        Parallel.For(0, results.Length, i => results[i] = VerificationKeys.Verify(algorithm, subjectPublicKeyInfo, i % 2 == 0 ? Data : wrong, signature));

        Assert.All(Enumerable.Range(0, results.Length), i => Assert.Equal(i % 2 == 0, results[i]));
    }
}
