using Bsre.Sdk.Csc.Internal;

namespace Bsre.Sdk.Csc;

/// <summary>Settings of a <see cref="CscOAuth2TokenProvider"/>: the service's OAuth 2.0 server and the application's client registration.</summary>
public sealed class CscOAuth2Options
{
    /// <summary>
    /// Gets or sets the base URI of the OAuth 2.0 server, the <c>oauth2</c> value of the service's <c>info</c> (CSC API v2.0
    /// §8.3): the endpoints are <c>oauth2/token</c> and <c>oauth2/authorize</c> below it.
    /// </summary>
    /// <value>No default: required, an absolute https URL (http only with <see cref="AllowInsecureHttp"/>).</value>
    public Uri? BaseAddress { get; set; }

    /// <summary>Gets or sets the application's OAuth 2.0 client id.</summary>
    /// <value>No default: required.</value>
    public string? ClientId { get; set; }

    /// <summary>Gets or sets the client secret (confidential clients); never logged. <see langword="null"/> for a public client using PKCE only.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? ClientSecret { get; set; }

    /// <summary>Gets or sets the scope to request: <c>service</c> (list credentials, then authorize with PIN/OTP) or <c>credential</c>.</summary>
    /// <value>Default <c>service</c>.</value>
    public string Scope { get; set; } = "service";

    /// <summary>Gets or sets whether the client secret may be sent over plain <c>http://</c> (a loopback emulator).</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>Gets or sets how long before its expiry a token is renewed, so that it does not expire during a batch.</summary>
    /// <value>Default 60 seconds.</value>
    public TimeSpan RenewBefore { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets how long a token call may take.</summary>
    /// <value>Default 30 seconds.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    internal void ThrowIfInvalid()
    {
        CscUrls.ThrowIfInvalid(BaseAddress, AllowInsecureHttp, nameof(BaseAddress));
        ArgumentException.ThrowIfNullOrEmpty(ClientId, nameof(ClientId));
        if (Timeout <= TimeSpan.Zero || RenewBefore < TimeSpan.Zero)
        {
            throw new ArgumentException("CscOAuth2Options.Timeout must be positive and RenewBefore not negative.");
        }
    }
}
