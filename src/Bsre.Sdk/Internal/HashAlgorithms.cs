using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Asn1.Oiw;
using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Internal;

/// <summary>Maps <see cref="HashAlgorithmName"/> to and from ASN.1 object identifiers.</summary>
internal static class HashAlgorithms
{
    public static DerObjectIdentifier ToOid(HashAlgorithmName name) => name.Name switch
    {
        "SHA256" => NistObjectIdentifiers.IdSha256,
        "SHA384" => NistObjectIdentifiers.IdSha384,
        "SHA512" => NistObjectIdentifiers.IdSha512,
        "SHA1" => OiwObjectIdentifiers.IdSha1,
        _ => throw new ArgumentException($"Hash algorithm '{name.Name}' is not supported; use SHA256, SHA384 or SHA512.", nameof(name)),
    };

    public static AlgorithmIdentifier ToAlgorithmIdentifier(HashAlgorithmName name) => new(ToOid(name));

    public static bool TryFromOid(DerObjectIdentifier oid, out HashAlgorithmName name)
    {
        name = oid.Id switch
        {
            "2.16.840.1.101.3.4.2.1" => HashAlgorithmName.SHA256,
            "2.16.840.1.101.3.4.2.2" => HashAlgorithmName.SHA384,
            "2.16.840.1.101.3.4.2.3" => HashAlgorithmName.SHA512,
            "1.3.14.3.2.26" => HashAlgorithmName.SHA1,
            _ => default,
        };
        return name.Name is not null;
    }

    public static HashAlgorithmName FromOid(DerObjectIdentifier oid) => TryFromOid(oid, out var name)
        ? name
        : throw new NotSupportedException($"Digest algorithm {oid.Id} is not supported.");

    public static int SizeInBytes(HashAlgorithmName name) => name.Name switch
    {
        "SHA256" => 32,
        "SHA384" => 48,
        "SHA512" => 64,
        "SHA1" => 20,
        _ => throw new ArgumentException($"Hash algorithm '{name.Name}' is not supported.", nameof(name)),
    };

    public static byte[] Hash(HashAlgorithmName name, ReadOnlySpan<byte> data) => name.Name switch
    {
        "SHA256" => SHA256.HashData(data),
        "SHA384" => SHA384.HashData(data),
        "SHA512" => SHA512.HashData(data),
#pragma warning disable CA5350 // SHA-1 only where standards fix it: OCSP CertID, ESS signing-certificate v1, PAdES VRI keys.
        "SHA1" => SHA1.HashData(data),
#pragma warning restore CA5350
        _ => throw new ArgumentException($"Hash algorithm '{name.Name}' is not supported.", nameof(name)),
    };
}
