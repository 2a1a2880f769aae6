using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BenchmarkDotNet.Attributes;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;

namespace Bsre.Sdk.Benchmarks;

/// <summary>
/// CAdES-B-B detached signature of 1 MiB of content (SHA-256, signing-time, chain embedded) with a local
/// RSA-2048 or P-256 key. The PKCS#12 files are opened once in setup, as a long-lived signer would be;
/// <see cref="Rsa2048IncludingPkcs12Load"/> shows the cost of opening the PKCS#12 for every document, and
/// <see cref="Rsa2048IncludingBclPkcs12Load"/> the same with .NET's PKCS#12 loader (OpenSSL PBKDF2) instead of
/// BouncyCastle's, which <c>LocalSigner.FromPkcs12</c> uses.
/// </summary>
public class CadesBenchmark
{
    private const int ContentSize = 1 << 20;

    private MemoryStream _content = null!;
    private TestIdentity _rsaIdentity = null!;
    private LocalSigner _rsaSigner = null!;
    private LocalSigner _ecdsaSigner = null!;

    [GlobalSetup]
    public void Setup()
    {
        byte[] data = new byte[ContentSize];
        RandomNumberGenerator.Fill(data);
        _content = new MemoryStream(data, writable: false);

        TestPki pki = TestPki.Create();
        _rsaIdentity = pki.SignerRsa;
        _rsaSigner = LocalSigner.FromPkcs12(pki.SignerRsa.Pkcs12, pki.SignerRsa.Password);
        _ecdsaSigner = LocalSigner.FromPkcs12(pki.SignerEcdsa.Pkcs12, pki.SignerEcdsa.Password);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _content.Dispose();
        _rsaSigner.Dispose();
        _ecdsaSigner.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<byte[]> Rsa2048()
    {
        _content.Position = 0;
        return new CadesSigner(_rsaSigner).SignDetachedAsync(_content);
    }

    [Benchmark]
    public Task<byte[]> EcdsaP256()
    {
        _content.Position = 0;
        return new CadesSigner(_ecdsaSigner).SignDetachedAsync(_content);
    }

    [Benchmark]
    public async Task<byte[]> Rsa2048IncludingPkcs12Load()
    {
        _content.Position = 0;
        using var signer = LocalSigner.FromPkcs12(_rsaIdentity.Pkcs12, _rsaIdentity.Password);
        return await new CadesSigner(signer).SignDetachedAsync(_content).ConfigureAwait(false);
    }

    [Benchmark]
    public async Task<byte[]> Rsa2048IncludingBclPkcs12Load()
    {
        _content.Position = 0;
        X509Certificate2Collection all = X509CertificateLoader.LoadPkcs12Collection(
            _rsaIdentity.Pkcs12, _rsaIdentity.Password, X509KeyStorageFlags.EphemeralKeySet);
        try
        {
            X509Certificate2 leaf = all.First(c => c.HasPrivateKey);
            using var signer = new LocalSigner(leaf, all.Where(c => !c.HasPrivateKey));
            return await new CadesSigner(signer).SignDetachedAsync(_content).ConfigureAwait(false);
        }
        finally
        {
            foreach (var certificate in all)
            {
                certificate.Dispose();
            }
        }
    }
}
