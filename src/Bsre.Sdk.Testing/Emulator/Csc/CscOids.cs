using System.Security.Cryptography;

namespace Bsre.Sdk.Testing.Emulator.Csc;

/// <summary>The algorithm identifiers the emulator's CSC endpoint speaks (RFC 8017, RFC 5758, RFC 5754).</summary>
internal static class CscOids
{
    public const string RsaEncryption = "1.2.840.113549.1.1.1";
    public const string RsaPss = "1.2.840.113549.1.1.10";
    public const string EcdsaSha256 = "1.2.840.10045.4.3.2";
    public const string EcdsaSha384 = "1.2.840.10045.4.3.3";
    public const string EcdsaSha512 = "1.2.840.10045.4.3.4";

    /// <summary>The hash a hash-specific signature OID implies, or <see langword="null"/> for a key OID.</summary>
    public static HashAlgorithmName? HashOf(string signAlgorithm) => signAlgorithm switch
    {
        EcdsaSha256 => HashAlgorithmName.SHA256,
        EcdsaSha384 => HashAlgorithmName.SHA384,
        EcdsaSha512 => HashAlgorithmName.SHA512,
        _ => null,
    };

    public static HashAlgorithmName? Hash(string? oid) => oid switch
    {
        "2.16.840.1.101.3.4.2.1" => HashAlgorithmName.SHA256,
        "2.16.840.1.101.3.4.2.2" => HashAlgorithmName.SHA384,
        "2.16.840.1.101.3.4.2.3" => HashAlgorithmName.SHA512,
        _ => null,
    };

    public static int HashSize(HashAlgorithmName hash) => hash.Name switch
    {
        "SHA384" => 48,
        "SHA512" => 64,
        _ => 32,
    };
}
