using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation;

/// <summary>What a validator trusts and at which time it judges.</summary>
public sealed class SignatureValidationOptions
{
    private CryptographicPolicy? _cryptographicPolicy;

    /// <summary>Gets the trust anchors: for BSrE, Root CA Indonesia DS G1 (and optionally BSRE CA DS G1).</summary>
    public X509Certificate2Collection TrustAnchors { get; } = [];

    /// <summary>Gets further certificates for building chains (intermediates that signatures do not embed).</summary>
    public X509Certificate2Collection ExtraCertificates { get; } = [];

    /// <summary>Gets or sets the time to validate at, or <see langword="null"/> for the current time.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public DateTimeOffset? ValidationTime { get; set; }

    /// <summary>Gets or sets whether validation uses only the data in the signature and these options, with no network access.</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool Offline { get; set; }

    /// <summary>Gets how revocation is checked.</summary>
    public RevocationOptions Revocation { get; } = new();

    /// <summary>
    /// Gets the certificate policy OIDs a signing certificate's path must assert (RFC 5280
    /// user-initial-policy-set); empty accepts any policy. For BSrE, add the OIDs of its Certificate Policy.
    /// </summary>
    /// <remarks>
    /// Dotted values (<c>2.16.360.1.1.1.1.1</c>), compared ordinally: a set that binds from configuration as an array of
    /// strings and compares by value, which a set of <see cref="System.Security.Cryptography.Oid"/> (compared by
    /// reference) would not (docs/api-style.md). A value that is not a dotted OID is an <see cref="ArgumentException"/> when validating.
    /// </remarks>
    public ISet<string> AcceptedPolicyOids { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Gets or sets whether missing issuer certificates are fetched from the AIA caIssuers URL (never when <see cref="Offline"/>).</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool FetchIssuerCertificates { get; set; } = true;

    /// <summary>
    /// Gets CRLs to use as revocation evidence besides those in the signature: DER, or PEM text with one or more
    /// <c>X509 CRL</c> blocks (e.g. <c>File.ReadAllBytes("crl.pem")</c> of <c>bsre pki create</c>).
    /// </summary>
    public IList<byte[]> Crls { get; } = [];

    /// <summary>Gets DER-encoded OCSP responses to use as revocation evidence besides those in the signature.</summary>
    public IList<byte[]> OcspResponses { get; } = [];

    /// <summary>
    /// Gets or sets which digest algorithms and key sizes are accepted, and until when (ETSI TS 119 312), for the
    /// signature, the certificates of its path, its timestamps and the revocation data used.
    /// </summary>
    /// <value>Default <see cref="CryptographicPolicy.CreateDefault"/>.</value>
    public CryptographicPolicy CryptographicPolicy
    {
        get => _cryptographicPolicy ??= CryptographicPolicy.CreateDefault();
        set => _cryptographicPolicy = value ?? throw new ArgumentNullException(nameof(value));
    }
}
