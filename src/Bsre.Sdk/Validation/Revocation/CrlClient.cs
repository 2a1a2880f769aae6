namespace Bsre.Sdk.Validation.Revocation;

/// <summary>Downloads CRLs from http(s) distribution points with <see cref="RevocationOptions.Timeout"/> and <see cref="RevocationOptions.MaxCrlSize"/>.</summary>
internal sealed class CrlClient
{
    private readonly HttpClient _httpClient;
    private readonly RevocationOptions _options;

    public CrlClient(HttpClient httpClient, RevocationOptions options)
    {
        _httpClient = httpClient;
        _options = options;
    }

    /// <summary>Downloads the CRL at <paramref name="url"/> and returns its raw bytes (DER, or PEM which is converted).</summary>
    /// <exception cref="RevocationException">Unreachable, timed out, HTTP error, or too large.</exception>
    public async Task<byte[]> DownloadAsync(Uri url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        byte[] body = await RevocationHttp.SendAsync(_httpClient, request, _options.MaxCrlSize, _options.Timeout, "CRL distribution point", "crl", cancellationToken)
            .ConfigureAwait(false);
        return FromPem(body);
    }

    /// <summary>Some distribution points serve PEM; returns the DER inside, or the input unchanged.</summary>
    private static byte[] FromPem(byte[] body)
    {
        if (body.Length == 0 || body[0] != (byte)'-')
        {
            return body;
        }

        string text = System.Text.Encoding.ASCII.GetString(body);
        return System.Security.Cryptography.PemEncoding.TryFind(text, out var fields) && text[fields.Label].Equals("X509 CRL", StringComparison.Ordinal)
            ? Convert.FromBase64String(text[fields.Base64Data])
            : body;
    }
}
