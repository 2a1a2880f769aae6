using System.Security.Cryptography;

namespace Bsre.Sdk.Timestamping;

/// <summary>Settings of a <see cref="TimestampClient"/>.</summary>
public sealed class TimestampClientOptions
{
    /// <summary>Gets or sets the TSA's URL.</summary>
    /// <value>No default: required.</value>
    public Uri? Url { get; set; }

    /// <summary>
    /// Gets or sets the user name for HTTP Basic authentication, which BSrE's TSA (<c>http://tsa-bsre.bssn.go.id/</c>)
    /// asks for; <see langword="null"/> sends no credentials.
    /// </summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Username { get; set; }

    /// <summary>Gets or sets the password for HTTP Basic authentication. Never logged, shown by <see cref="ToString"/> or put in an error.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Password { get; set; }

    /// <summary>Gets or sets whether requests carry a random nonce that the token must echo.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool UseNonce { get; set; } = true;

    /// <summary>Gets or sets the TSA policy to request (RFC 3161 reqPolicy), or <see langword="null"/> for the TSA's default.</summary>
    /// <value>Default <see langword="null"/>. Set it in code (<c>new Oid("1.2.3")</c>); it must have a dotted value.</value>
    public Oid? PolicyOid { get; set; }

    /// <summary>Gets or sets the largest response accepted, in bytes.</summary>
    /// <value>Default 1 MiB.</value>
    public int MaxResponseSize { get; set; } = 1024 * 1024;

    /// <summary>Gets or sets how long one request may take.</summary>
    /// <value>Default 30 seconds.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public override string ToString() =>
        $"TimestampClientOptions {{ Url = {Url}, Username = {Username ?? "(none)"}, Password = {(Password is null ? "(none)" : "***")} }}";
}
