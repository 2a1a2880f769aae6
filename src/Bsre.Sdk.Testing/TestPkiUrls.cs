namespace Bsre.Sdk.Testing;

/// <summary>The service URLs written into the test PKI's certificates, derived from one base URL.</summary>
/// <param name="BaseUrl">The base URL, always ending with '/'.</param>
public sealed record TestPkiUrls(Uri BaseUrl)
{
    /// <summary>The OCSP responder (AIA id-ad-ocsp): <c>{base}ocsp</c>.</summary>
    public Uri Ocsp => new(BaseUrl, "ocsp");

    /// <summary>The issuing CA certificate (AIA id-ad-caIssuers): <c>{base}certs/intermediate.cer</c>.</summary>
    public Uri CaIssuers => new(BaseUrl, "certs/intermediate.cer");

    /// <summary>The CRL distribution point of the leaf certificates: <c>{base}crl/intermediate.crl</c>.</summary>
    public Uri IntermediateCrl => new(BaseUrl, "crl/intermediate.crl");

    /// <summary>The CRL distribution point of the intermediate CA certificate: <c>{base}crl/root.crl</c>.</summary>
    public Uri RootCrl => new(BaseUrl, "crl/root.crl");

    /// <summary>Normalizes <paramref name="baseUrl"/> so that it ends with '/'.</summary>
    internal static TestPkiUrls For(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!baseUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The service base URL must be absolute.", nameof(baseUrl));
        }

        return new TestPkiUrls(baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/"));
    }
}
