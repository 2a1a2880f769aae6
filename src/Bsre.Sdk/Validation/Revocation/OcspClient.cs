using System.Net.Http.Headers;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>
/// Sends OCSP requests over HTTP (RFC 6960 appendix A): POST with application/ocsp-request, or GET with the
/// URL-encoded base64 request appended to the URL when <see cref="RevocationOptions.PreferGet"/> is set and the request
/// is at most 255 bytes. Every fetch has <see cref="RevocationOptions.Timeout"/> and <see cref="RevocationOptions.MaxOcspResponseSize"/>.
/// </summary>
internal sealed class OcspClient
{
    /// <summary>The largest encoded request sent with GET.</summary>
    public const int MaxGetRequestSize = 255;

    private static readonly MediaTypeHeaderValue RequestType = new("application/ocsp-request");
    private readonly HttpClient _httpClient;
    private readonly RevocationOptions _options;

    public OcspClient(HttpClient httpClient, RevocationOptions options)
    {
        _httpClient = httpClient;
        _options = options;
    }

    /// <summary>Sends <paramref name="request"/> to the responder at <paramref name="url"/> and returns the raw response body.</summary>
    /// <exception cref="RevocationException">Unreachable, timed out, HTTP error, or too large.</exception>
    public async Task<byte[]> SendAsync(Uri url, OcspRequest request, CancellationToken cancellationToken)
    {
        using HttpRequestMessage message = CreateMessage(url, request.Der);
        return await RevocationHttp.SendAsync(
            _httpClient, message, _options.MaxOcspResponseSize, _options.Timeout, "OCSP responder", "ocsp", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Builds the HTTP request: GET for small requests when preferred, POST otherwise.</summary>
    internal HttpRequestMessage CreateMessage(Uri url, byte[] der)
    {
        if (_options.PreferGet && der.Length <= MaxGetRequestSize)
        {
            string path = Uri.EscapeDataString(Convert.ToBase64String(der));
            string baseUrl = url.AbsoluteUri.EndsWith('/') ? url.AbsoluteUri : url.AbsoluteUri + "/";
            return new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl + path));
        }

        var content = new ByteArrayContent(der);
        content.Headers.ContentType = RequestType;
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
    }
}
