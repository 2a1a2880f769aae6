using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace Bsre.Sdk.Validation;

/// <summary>
/// Fetches missing issuer certificates from the AIA caIssuers URLs (RFC 5280 §4.2.2.1) over HTTP: a DER
/// certificate or a PKCS#7 certs-only bundle, with a size cap and a timeout; remembers successful answers.
/// </summary>
internal sealed class IssuerFetcher
{
    /// <summary>The largest response accepted.</summary>
    public const int MaxResponseBytes = 256 * 1024;

    private readonly HttpClient _http;
    private readonly TimeSpan _timeout;
    private readonly ConcurrentDictionary<string, X509Certificate2[]> _fetched = new(StringComparer.Ordinal);

    public IssuerFetcher(HttpClient http, TimeSpan timeout)
    {
        _http = http;
        _timeout = timeout;
    }

    /// <summary>Fetches the issuers named by <paramref name="certificates"/>' caIssuers URLs not yet in <paramref name="tried"/>.</summary>
    /// <param name="certificates">Certificates whose issuer is missing.</param>
    /// <param name="tried">The URLs already tried in this validation; extended.</param>
    /// <param name="errors">Receives a message for each URL that failed.</param>
    /// <param name="cancellationToken">Cancels the fetches.</param>
    public async Task<IReadOnlyList<X509Certificate2>> FetchAsync(IEnumerable<PathCertificate> certificates, ISet<string> tried, ICollection<string> errors, CancellationToken cancellationToken)
    {
        var found = new List<X509Certificate2>();
        foreach (string url in certificates.SelectMany(CaIssuerUrls).Where(tried.Add).ToArray())
        {
            if (!_fetched.TryGetValue(url, out X509Certificate2[]? issuers))
            {
                issuers = await FetchAsync(url, errors, cancellationToken).ConfigureAwait(false);
                if (issuers.Length > 0)
                {
                    _fetched.TryAdd(url, issuers);
                }
            }

            found.AddRange(issuers);
        }

        return found;
    }

    /// <summary>Returns the http(s) caIssuers URLs of a certificate's Authority Information Access extension.</summary>
    public static IEnumerable<string> CaIssuerUrls(PathCertificate certificate)
    {
        if (certificate.Bc.GetExtensionValue(X509Extensions.AuthorityInfoAccess) is not { } value)
        {
            return [];
        }

        return AuthorityInformationAccess.GetInstance(value.GetOctets()).GetAccessDescriptions()
            .Where(d => d.AccessMethod.Equals(AccessDescription.IdADCAIssuers) && d.AccessLocation.TagNo == GeneralName.UniformResourceIdentifier)
            .Select(d => DerIA5String.GetInstance(d.AccessLocation.Name).GetString())
            .Where(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || u.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            .ToArray();
    }

    private async Task<X509Certificate2[]> FetchAsync(string url, ICollection<string> errors, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            using HttpResponseMessage response = await _http.GetAsync(new Uri(url), HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                errors.Add($"Fetching the issuer certificate from {url} failed: HTTP {(int)response.StatusCode}.");
                return [];
            }

            byte[] body = await BoundedReader.ReadAsync(response.Content, MaxResponseBytes, "caIssuers response", timeout.Token).ConfigureAwait(false);
            var issuers = new X509CertificateParser().ReadCertificates(body).Select(Certificates.ToBcl).ToArray();
            if (issuers.Length == 0)
            {
                errors.Add($"Fetching the issuer certificate from {url} failed: the response holds no DER or PKCS#7 certificate.");
            }

            return issuers;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            errors.Add($"Fetching the issuer certificate from {url} timed out after {_timeout.TotalSeconds:0.#} s.");
        }
        catch (Exception e) when (e is HttpRequestException or DocumentFormatException or IOException or ArgumentException or Org.BouncyCastle.Security.Certificates.CertificateException or System.Security.Cryptography.CryptographicException)
        {
            errors.Add($"Fetching the issuer certificate from {url} failed: {e.Message}");
        }

        return [];
    }
}
