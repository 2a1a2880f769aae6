namespace Bsre.Sdk.Testing;

/// <summary>Options for <see cref="TestPki.Create"/>.</summary>
public sealed class TestPkiOptions
{
    /// <summary>The default <see cref="ServiceBaseUrl"/>: <c>http://127.0.0.1:2560/</c>.</summary>
    public static readonly Uri DefaultServiceBaseUrl = new("http://127.0.0.1:2560/");

    /// <summary>
    /// Base URL of the (emulated) PKI services written into the certificates: the AIA OCSP URL is
    /// <c>{base}ocsp</c>, caIssuers <c>{base}certs/intermediate.cer</c>, the leaf CRL distribution point
    /// <c>{base}crl/intermediate.crl</c> and the intermediate's <c>{base}crl/root.crl</c>.
    /// A missing trailing slash is added.
    /// </summary>
    public Uri ServiceBaseUrl { get; init; } = DefaultServiceBaseUrl;

    /// <summary>
    /// The reference time every validity period and CRL date is computed from. Defaults to the current UTC time
    /// when the options object is created. Certificates are back-dated one day from it.
    /// </summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;
}
