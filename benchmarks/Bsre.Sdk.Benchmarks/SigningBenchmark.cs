using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BenchmarkDotNet.Attributes;
using Bsre.Sdk.Testing;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace Bsre.Sdk.Benchmarks;

/// <summary>
/// Signs a precomputed 32-byte SHA-256 digest: .NET (OpenSSL on Linux; PKCS#1 v1.5 for RSA, DER for ECDSA),
/// as <c>LocalSigner</c> does, against BouncyCastle. Keys are the test PKI's signer keys.
/// </summary>
public class SigningBenchmark
{
    private readonly byte[] _digest = SHA256.HashData("Bsre.Sdk signing benchmark"u8);
    private RSA? _rsa;
    private ECDsa? _ecdsa;
    private ISigner _bcSigner = null!;

    [Params("RSA-2048", "P-256")]
    public string Key { get; set; } = "RSA-2048";

    [GlobalSetup]
    public void Setup()
    {
        TestPki pki = TestPki.Create();
        TestIdentity identity = Key == "RSA-2048" ? pki.SignerRsa : pki.SignerEcdsa;
        using (var certificate = identity.LoadWithPrivateKey())
        {
            _rsa = certificate.GetRSAPrivateKey();
            _ecdsa = certificate.GetECDsaPrivateKey();
        }

        AsymmetricKeyParameter bcKey = PrivateKeyFactory.CreateKey(_rsa is not null ? _rsa.ExportPkcs8PrivateKey() : _ecdsa!.ExportPkcs8PrivateKey());

        // NullDigest: the signer gets the precomputed digest, as LocalSigner does.
        _bcSigner = Key == "RSA-2048"
            ? new RsaDigestSigner(new NullDigest(), NistObjectIdentifiers.IdSha256)
            : new DsaDigestSigner(new ECDsaSigner(), new NullDigest());
        _bcSigner.Init(forSigning: true, bcKey);

        // Both sides must make equivalent signatures (PKCS#1 v1.5 is deterministic; ECDSA is checked by verifying).
        byte[] bc = BouncyCastle();
        bool same = _rsa is not null
            ? bc.AsSpan().SequenceEqual(DotNet())
            : _ecdsa!.VerifyHash(_digest, bc, DSASignatureFormat.Rfc3279DerSequence);
        if (!same)
        {
            throw new InvalidOperationException("The BouncyCastle signature does not match the .NET one.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _rsa?.Dispose();
        _ecdsa?.Dispose();
    }

    [Benchmark(Baseline = true)]
    public byte[] DotNet() => _rsa is not null
        ? _rsa.SignHash(_digest, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
        : _ecdsa!.SignHash(_digest, DSASignatureFormat.Rfc3279DerSequence);

    [Benchmark]
    public byte[] BouncyCastle()
    {
        _bcSigner.BlockUpdate(_digest);
        return _bcSigner.GenerateSignature();
    }
}
