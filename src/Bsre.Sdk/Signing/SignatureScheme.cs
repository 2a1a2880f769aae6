namespace Bsre.Sdk.Signing;

/// <summary>The public-key signature scheme a <see cref="Signer"/> applies.</summary>
public enum SignatureScheme
{
    /// <summary>RSA with PKCS#1 v1.5 padding (RFC 8017), the scheme of most BSrE certificates.</summary>
    RsaPkcs1 = 0,

    /// <summary>RSA-PSS with MGF1 over the same hash and a salt as long as the hash (RFC 4056).</summary>
    RsaPss,

    /// <summary>ECDSA (P-256, P-384, P-521) with a DER-encoded signature value (RFC 5753).</summary>
    Ecdsa,

    /// <summary>Pure Ed25519 over the DER signed attributes (RFC 8419); the content digest is SHA-512.</summary>
    Ed25519,
}
