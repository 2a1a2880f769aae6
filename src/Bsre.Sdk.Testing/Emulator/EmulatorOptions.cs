namespace Bsre.Sdk.Testing.Emulator;

/// <summary>Settings of a <see cref="BsreEmulator"/>.</summary>
public sealed class EmulatorOptions
{
    /// <summary>Gets or sets the URL to listen on; port 0 picks a free port.</summary>
    /// <value>Default <c>http://127.0.0.1:5080</c> (loopback only).</value>
    public Uri Url { get; set; } = new("http://127.0.0.1:5080");

    /// <summary>Gets or sets the API user name clients must send (Basic authentication).</summary>
    /// <value>Default <c>esign</c>.</value>
    public string Username { get; set; } = "esign";

    /// <summary>Gets or sets the API password clients must send (Basic authentication).</summary>
    /// <value>Default <c>esign-emulator</c>.</value>
    public string Password { get; set; } = "esign-emulator";

    /// <summary>Gets or sets a users JSON file (see <see cref="EmulatorUsersFile"/>); when <see langword="null"/>, <see cref="Users"/> is used.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? UsersFile { get; set; }

    /// <summary>Gets the signer accounts used when there is no <see cref="UsersFile"/>.</summary>
    public IList<EmulatorUser> Users { get; } = EmulatorUser.Defaults().ToList();

    /// <summary>Gets the seal subscribers used when there is no <see cref="UsersFile"/>.</summary>
    public IList<SealSubscriber> SealSubscribers { get; } = [new SealSubscriber()];

    /// <summary>
    /// Gets or sets a directory for the emulator's test PKI (root.pem to verify signed PDFs against): a PKI written there
    /// before is reused, so the root stays the same across restarts; an empty or missing directory gets a new one.
    /// </summary>
    /// <value>Default <see langword="null"/>: a new PKI each start, not written.</value>
    public string? PkiDirectory { get; set; }

    /// <summary>
    /// Gets or sets the largest request body accepted, in bytes; a larger one is answered with HTTP 413, which
    /// <c>BsreClient</c> reports as <c>BsreErrorCode.DocumentTooLarge</c>. BSrE publishes no limit; 20 MiB keeps a
    /// service's own limit (ASP.NET Core's default is 30,000,000 bytes) from hiding the gateway's.
    /// </summary>
    /// <value>Default 20 MiB (20,971,520 bytes).</value>
    public long MaxRequestBodySize { get; set; } = DefaultMaxRequestBodySize;

    /// <summary>The default of <see cref="MaxRequestBodySize"/>: 20 MiB.</summary>
    public const long DefaultMaxRequestBodySize = 20 * 1024 * 1024;

    /// <summary>Gets or sets how long a TOTP stays valid.</summary>
    /// <value>Default 5 minutes.</value>
    public TimeSpan TotpLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets how long a seal activation TOTP stays valid (refresh it before; refreshing replaces it).</summary>
    /// <value>Default 12 hours.</value>
    public TimeSpan SealActivationLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Gets or sets which gateway the emulator behaves like.</summary>
    /// <value>Default <see cref="GatewayGeneration.Gateway2026"/>; <see cref="GatewayGeneration.Legacy"/> for an older intranet gateway.</value>
    public GatewayGeneration Generation { get; set; }

    /// <summary>Gets or sets the clock TOTPs and activations expire by (a fake one lets tests run the seal lifecycle).</summary>
    /// <value>Default <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets whether the emulator writes its log (mailbox and requests) to the console.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool ConsoleLogging { get; set; } = true;

    /// <summary>Gets or sets the OAuth 2.0 client id of the CSC endpoint's one registered application.</summary>
    /// <value>Default <c>bsre-csc-client</c>.</value>
    public string CscClientId { get; set; } = "bsre-csc-client";

    /// <summary>Gets or sets that application's client secret. A TEST credential.</summary>
    /// <value>Default <c>csc-emulator-secret</c>.</value>
    public string CscClientSecret { get; set; } = "csc-emulator-secret";

    /// <summary>Gets or sets the PIN of every CSC credential (<c>credentials/authorize</c> also needs the OTP of <c>credentials/getChallenge</c>). A TEST credential.</summary>
    /// <value>Default <c>123456</c>.</value>
    public string CscPin { get; set; } = "123456";

    /// <summary>Gets or sets how long a CSC access token stays valid (by <see cref="TimeProvider"/>).</summary>
    /// <value>Default 1 hour.</value>
    public TimeSpan CscAccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);
}
