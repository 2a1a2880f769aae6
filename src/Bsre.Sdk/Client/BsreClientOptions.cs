using System.ComponentModel.DataAnnotations;

namespace Bsre.Sdk;

/// <summary>Settings of a <see cref="BsreClient"/>: where the gateway is, its Basic credentials, timeouts and retries.</summary>
/// <remarks>
/// Bind it from configuration (section <see cref="DefaultSectionName"/>) with
/// <c>services.AddBsreClient(configuration.GetSection("Bsre"))</c>; a bad value fails the host at start-up.
/// </remarks>
public sealed class BsreClientOptions
{
    /// <summary>The configuration section name used in the samples.</summary>
    public const string DefaultSectionName = "Bsre";

    /// <summary>
    /// Gets or sets the gateway's base address, e.g. <c>https://tte.example.go.id/</c> or <c>https://tte.example.go.id/esign/</c>.
    /// The API paths (<c>api/sign/pdf</c>, ...) are resolved below it; a missing trailing slash is added, so
    /// <c>.../esign</c> signs at <c>.../esign/api/sign/pdf</c>.
    /// </summary>
    /// <value>No default: required, an absolute http or https URL without query or fragment.</value>
    [Required]
    public Uri? BaseAddress { get; set; }

    /// <summary>Gets or sets the API user name (Basic authentication).</summary>
    /// <value>No default: required.</value>
    [Required]
    public string? Username { get; set; }

    /// <summary>Gets or sets the API user's password (Basic authentication). Never logged or shown by <see cref="ToString"/>.</summary>
    /// <value>No default: required.</value>
    [Required]
    public string? Password { get; set; }

    /// <summary>
    /// Gets or sets whether Basic credentials may be sent over plain <c>http://</c> (intranet gateways). Without it an
    /// <c>http://</c> <see cref="BaseAddress"/> is a configuration error.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>
    /// Gets or sets whether anchor texts (<c>tag_koordinat</c>) longer than one character are sent. Gateways upgraded
    /// since 2025 refuse them, so by default such a request fails before it is sent; set this only for an older intranet
    /// gateway that still places signatures on tags such as <c>${ttd_pengirim1}</c>.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool AllowMultiCharacterAnchors { get; set; }

    /// <summary>
    /// Gets or sets the checks run before a document is sent to be signed or sealed and on what the gateway returns
    /// (Bsre.Sdk.Pdf's <c>PdfGatewayChecker</c>, registered with <c>AddBsrePdfChecks</c>): a PDF the gateway would refuse
    /// with an opaque iText error fails first with <see cref="BsreErrorCode.InvalidDocument"/> naming the problem, and
    /// each returned PDF gets <see cref="Client.SignedDocument.LocalValidation"/>.
    /// </summary>
    /// <value>Default <see langword="null"/>: no checks.</value>
    public Client.IGatewayDocumentChecker? DocumentChecker { get; set; }

    /// <summary>Gets or sets the timeout of status, verify, download, TOTP, registration and activation calls.</summary>
    /// <value>Default 100 seconds; between 1 second and 1 hour.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Gets or sets the timeout of sign and seal calls.</summary>
    /// <value>Default 300 seconds; between 1 second and 1 hour.</value>
    public TimeSpan SigningTimeout { get; set; } = TimeSpan.FromSeconds(300);

    /// <summary>
    /// Gets or sets how often an idempotent call (status, verify, download, certificate chain) is retried after a
    /// transient failure. Sign and seal calls are never retried.
    /// </summary>
    /// <value>Default 2; between 0 and 10.</value>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Gets or sets the delay before the first retry; it doubles for each further retry.</summary>
    /// <value>Default 1 second; between 0 and 5 minutes.</value>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the largest JSON answer accepted, in bytes (v2 answers carry base64 documents).</summary>
    /// <value>Default 256 MiB; at least 64 KiB.</value>
    [Range(64 * 1024, int.MaxValue)]
    public int MaxResponseSize { get; set; } = 256 * 1024 * 1024;

    /// <inheritdoc />
    public override string ToString() =>
        $"BsreClientOptions {{ BaseAddress = {BaseAddress}, Username = {Username}, Password = {(Password is null ? "(none)" : "***")}, AllowInsecureHttp = {AllowInsecureHttp} }}";
}
