using Org.BouncyCastle.Crypto;
using BcX509Certificate = Org.BouncyCastle.X509.X509Certificate;

namespace Bsre.Sdk.Testing.Revocation;

/// <summary>How <see cref="TestOcspResponder"/> answers: who signs, with which times and nonce, or plain garbage. TEST ONLY.</summary>
public sealed class TestOcspResponderOptions
{
    /// <summary>Gets or sets the signing identity; <see langword="null"/> means the PKI's delegated OCSP responder.</summary>
    public TestIdentity? Signer { get; set; }

    /// <summary>Gets or sets a key that signs instead of <see cref="Signer"/>'s own (a response "signed by the wrong key").</summary>
    internal AsymmetricKeyParameter? SigningKeyOverride { get; set; }

    /// <summary>Gets or sets the certificates put into the response; <see langword="null"/> puts the signer's certificate unless the issuing CA signs.</summary>
    internal IReadOnlyList<BcX509Certificate>? Certificates { get; set; }

    /// <summary>Gets or sets whether the ResponderID is byName (openssl's default) rather than byKey.</summary>
    public bool ResponderIdByName { get; set; }

    /// <summary>Gets or sets thisUpdate relative to now. Default −1 minute.</summary>
    public TimeSpan ThisUpdateOffset { get; set; } = TimeSpan.FromMinutes(-1);

    /// <summary>Gets or sets nextUpdate relative to now, or <see langword="null"/> to omit it. Default +1 day.</summary>
    public TimeSpan? NextUpdateOffset { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Gets or sets the nonce handling. Default <see cref="OcspNonceBehavior.Echo"/>.</summary>
    public OcspNonceBehavior Nonce { get; set; }

    /// <summary>Gets or sets the OCSPResponseStatus; anything but 0 (successful) sends an error response without a body.</summary>
    public int ResponseStatus { get; set; }

    /// <summary>Gets or sets bytes sent instead of any response (garbage, truncated, ...).</summary>
    public byte[]? RawResponse { get; set; }

    /// <summary>Gets or sets the BouncyCastle signature algorithm name (e.g. "SHA1WITHRSA", for tests of the cryptographic policy); <see langword="null"/> picks SHA-256 or SHA-384 for the key.</summary>
    public string? SignatureAlgorithm { get; set; }

    /// <summary>Gets or sets the clock; <see langword="null"/> uses the current UTC time.</summary>
    public DateTimeOffset? Now { get; set; }
}
