using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Testing.Emulator.Csc;

/// <summary>A credential the emulator's CSC endpoint signs with: a test PKI identity, its advertised algorithms, and whether its certificate is revoked.</summary>
internal sealed class CscEmulatorCredential : IDisposable
{
    private readonly X509Certificate2 _key;

    public CscEmulatorCredential(string id, TestIdentity identity, IReadOnlyList<X509Certificate2> chain, bool revoked)
    {
        Id = id;
        Identity = identity;
        Chain = chain;
        Revoked = revoked;
        _key = identity.LoadWithPrivateKey();
        Algorithms = identity.Certificate.GetRSAPublicKey() is not null
            ? [CscOids.RsaEncryption, CscOids.RsaPss] // the key OIDs: hashAlgorithmOID names the hash (§11.10)
            : [CscOids.EcdsaSha256, CscOids.EcdsaSha384, CscOids.EcdsaSha512]; // hash-specific OIDs
    }

    public string Id { get; }

    public TestIdentity Identity { get; }

    public IReadOnlyList<X509Certificate2> Chain { get; }

    public bool Revoked { get; }

    public string[] Algorithms { get; }

    public int KeyLength => _key.GetRSAPublicKey() is { } rsa ? rsa.KeySize : _key.GetECDsaPublicKey()!.KeySize;

    /// <summary>Signs a digest with <paramref name="signAlgorithm"/>; <see langword="null"/> when the algorithm or hash does not fit.</summary>
    public byte[]? Sign(byte[] digest, string signAlgorithm, HashAlgorithmName? hash)
    {
        if (!Algorithms.Contains(signAlgorithm) || (CscOids.HashOf(signAlgorithm) ?? hash) is not { } name || digest.Length != CscOids.HashSize(name))
        {
            return null;
        }

        using RSA? rsa = _key.GetRSAPrivateKey();
        if (rsa is not null)
        {
            return rsa.SignHash(digest, name, signAlgorithm == CscOids.RsaPss ? RSASignaturePadding.Pss : RSASignaturePadding.Pkcs1);
        }

        using ECDsa ecdsa = _key.GetECDsaPrivateKey()!;
        return ecdsa.SignHash(digest, DSASignatureFormat.Rfc3279DerSequence);
    }

    public void Dispose() => _key.Dispose();
}
