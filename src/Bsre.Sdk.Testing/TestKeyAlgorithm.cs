namespace Bsre.Sdk.Testing;

/// <summary>Key algorithms the test PKI can issue certificates for.</summary>
public enum TestKeyAlgorithm
{
    /// <summary>RSA with a 2048-bit modulus.</summary>
    Rsa2048,

    /// <summary>RSA with a 3072-bit modulus.</summary>
    Rsa3072,

    /// <summary>RSA with a 4096-bit modulus.</summary>
    Rsa4096,

    /// <summary>ECDSA on NIST P-256 (secp256r1).</summary>
    EcdsaP256,

    /// <summary>ECDSA on NIST P-384 (secp384r1).</summary>
    EcdsaP384,

    /// <summary>EdDSA with Ed25519 (RFC 8410).</summary>
    Ed25519,

    /// <summary>RSA with a 1024-bit modulus: below what the cryptographic policy accepts today, for tests of it.</summary>
    Rsa1024,
}
