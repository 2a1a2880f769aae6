using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Internal;

/// <summary>
/// Maps <see cref="HashAlgorithmName"/> to and from ASN.1 object identifiers (RFC 5754, RFC 8702 for SHA-3 and
/// SHAKE256, RFC 1321 for MD5, which is only ever read, never written), and hashes with them.
/// </summary>
internal static class HashAlgorithms
{
    /// <summary>SHAKE256 with a 512-bit output (RFC 8419 §3.2, ISO 32002 for Ed448), which <see cref="HashAlgorithmName"/> lacks.</summary>
    public static readonly HashAlgorithmName Shake256 = new("SHAKE256");

#pragma warning disable CA5350, CA5351 // SHA-1 where standards fix it (OCSP CertID, ESS v1, VRI keys); SHA-1 and MD5 also to verify old signatures, which the cryptographic policy then judges.
    private static readonly (string Oid, HashAlgorithmName Name, int Size, HashFunction Hash)[] Known =
    [
        ("2.16.840.1.101.3.4.2.1", HashAlgorithmName.SHA256, 32, SHA256.HashData),
        ("2.16.840.1.101.3.4.2.2", HashAlgorithmName.SHA384, 48, SHA384.HashData),
        ("2.16.840.1.101.3.4.2.3", HashAlgorithmName.SHA512, 64, SHA512.HashData),
        ("1.3.14.3.2.26", HashAlgorithmName.SHA1, 20, SHA1.HashData),
        ("2.16.840.1.101.3.4.2.8", HashAlgorithmName.SHA3_256, 32, SHA3_256.HashData),
        ("2.16.840.1.101.3.4.2.9", HashAlgorithmName.SHA3_384, 48, SHA3_384.HashData),
        ("2.16.840.1.101.3.4.2.10", HashAlgorithmName.SHA3_512, 64, SHA3_512.HashData),
        ("2.16.840.1.101.3.4.2.12", Shake256, 64, data => System.Security.Cryptography.Shake256.HashData(data, 64)),
        ("1.2.840.113549.2.5", HashAlgorithmName.MD5, 16, MD5.HashData),
    ];
#pragma warning restore CA5350, CA5351

    private delegate byte[] HashFunction(ReadOnlySpan<byte> data);

    /// <summary>The identifier to write: SHA-2 (and SHA-1 where a standard fixes it) only.</summary>
    public static DerObjectIdentifier ToOid(HashAlgorithmName name)
        => name == HashAlgorithmName.SHA256 || name == HashAlgorithmName.SHA384 || name == HashAlgorithmName.SHA512 || name == HashAlgorithmName.SHA1
            ? new DerObjectIdentifier(OidOf(name))
            : throw new ArgumentException($"Hash algorithm '{name.Name}' is not supported; use SHA256, SHA384 or SHA512.", nameof(name));

    /// <summary>The identifier of any algorithm this class reads, to match what a signature names.</summary>
    public static string OidOf(HashAlgorithmName name)
        => Array.Find(Known, k => k.Name == name).Oid ?? throw new ArgumentException($"Hash algorithm '{name.Name}' is not supported.", nameof(name));

    public static AlgorithmIdentifier ToAlgorithmIdentifier(HashAlgorithmName name) => new(ToOid(name));

    public static bool TryFromOid(DerObjectIdentifier oid, out HashAlgorithmName name)
    {
        name = Array.Find(Known, k => k.Oid == oid.Id).Name;
        return name.Name is not null;
    }

    public static HashAlgorithmName FromOid(DerObjectIdentifier oid) => TryFromOid(oid, out var name)
        ? name
        : throw new NotSupportedException($"Digest algorithm {oid.Id} is not supported.");

    public static int SizeInBytes(HashAlgorithmName name)
        => Array.Find(Known, k => k.Name == name) is { Oid: not null } known
            ? known.Size
            : throw new ArgumentException($"Hash algorithm '{name.Name}' is not supported.", nameof(name));

    public static byte[] Hash(HashAlgorithmName name, ReadOnlySpan<byte> data)
        => (Array.Find(Known, k => k.Name == name).Hash ?? throw new ArgumentException($"Hash algorithm '{name.Name}' is not supported.", nameof(name)))(data);
}
