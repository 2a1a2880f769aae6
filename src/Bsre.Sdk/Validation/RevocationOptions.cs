namespace Bsre.Sdk.Validation;

/// <summary>How revocation is checked (RFC 6960 OCSP, RFC 5280 CRLs).</summary>
public sealed class RevocationOptions
{
    /// <summary>Gets or sets the sources and their order.</summary>
    /// <value>Default <see cref="RevocationCheckMode.OcspThenCrl"/>.</value>
    public RevocationCheckMode Mode { get; set; } = RevocationCheckMode.OcspThenCrl;

    /// <summary>Gets or sets whether OCSP requests carry a nonce that the response must echo.</summary>
    /// <value>Default <see langword="true"/>. Responders that pre-produce responses ignore nonces; a response without one is accepted, a different one is not.</value>
    public bool UseNonce { get; set; } = true;

    /// <summary>Gets or sets whether small OCSP requests (up to 255 bytes encoded) are sent with HTTP GET, which caches better.</summary>
    /// <value>Default <see langword="false"/>: POST.</value>
    public bool PreferGet { get; set; }

    /// <summary>Gets or sets the tolerated clock difference when checking thisUpdate and nextUpdate.</summary>
    /// <value>Default 5 minutes.</value>
    public TimeSpan AllowedClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets how old evidence without a nextUpdate may be to count as fresh.</summary>
    /// <value>Default 1 day.</value>
    public TimeSpan MaxAgeWithoutNextUpdate { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Gets or sets how long one OCSP or CRL fetch may take.</summary>
    /// <value>Default 10 seconds.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets the largest OCSP response accepted, in bytes.</summary>
    /// <value>Default 1 MiB.</value>
    public int MaxOcspResponseSize { get; set; } = 1024 * 1024;

    /// <summary>Gets or sets the largest CRL accepted, in bytes.</summary>
    /// <value>Default 64 MiB.</value>
    public int MaxCrlSize { get; set; } = 64 * 1024 * 1024;
}
