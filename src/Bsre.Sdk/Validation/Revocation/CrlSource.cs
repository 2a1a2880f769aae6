using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>CRL evidence for <see cref="RevocationChecker"/>: embedded or supplied CRLs, and the distribution points (through the cache).</summary>
internal sealed class CrlSource
{
    private readonly SignatureValidationOptions _options;
    private readonly CrlClient? _client;
    private readonly RevocationCache _cache;

    public CrlSource(SignatureValidationOptions options, HttpClient? httpClient, RevocationCache cache)
    {
        _options = options;
        _client = httpClient is null ? null : new CrlClient(httpClient, options.Revocation);
        _cache = cache;
    }

    /// <summary>Parses the embedded CRLs of the certificate's issuer; malformed ones give an error line.</summary>
    public static List<ParsedCrl> ParseEmbedded(IReadOnlyList<byte[]> crls, X509Certificate2 certificate, List<string> errors)
    {
        var parsed = new List<ParsedCrl>();
        foreach (byte[] der in crls)
        {
            try
            {
                ParsedCrl crl = CrlParser.Parse(der);
                if (DistinguishedNames.Equivalent(crl.Issuer, certificate.IssuerName.RawData))
                {
                    parsed.Add(crl);
                }
            }
            catch (RevocationException e)
            {
                errors.Add($"Embedded CRL: {e.Message}");
            }
        }

        return parsed;
    }

    /// <summary>Decides with the embedded base CRLs (newest first), applying embedded delta CRLs.</summary>
    public RevocationInfo? CheckEmbedded(List<ParsedCrl> crls, X509Certificate2 certificate, X509Certificate2 issuer, DateTimeOffset time, List<string> errors)
    {
        foreach (ParsedCrl crl in crls.Where(c => !c.IsDelta).OrderByDescending(c => c.ThisUpdate))
        {
            try
            {
                return CrlVerifier.Check(crl, crls, certificate, issuer, time, _options.Revocation).ToInfo(RevocationSource.EmbeddedCrl);
            }
            catch (RevocationException e)
            {
                errors.Add($"Embedded CRL of '{crl.IssuerName}' (thisUpdate {crl.ThisUpdate:u}): {e.Message}");
            }
        }

        return null;
    }

    /// <summary>Downloads (or takes from the cache) the CRL of each distribution point in turn, plus delta CRLs from freshestCRL.</summary>
    public async Task<RevocationInfo?> CheckOnlineAsync(
        X509Certificate2 certificate, X509Certificate2 issuer, DateTimeOffset time, List<ParsedCrl> embedded, List<string> errors, CancellationToken cancellationToken)
    {
        IReadOnlyList<Uri> urls = RevocationUrls.Crl(certificate);
        if (urls.Count == 0 || _client is null)
        {
            errors.Add(urls.Count == 0 ? "CRL: the certificate names no http CRL distribution point." : "CRL: no HttpClient was given, so no CRL was downloaded.");
            return null;
        }

        var deltas = embedded.Where(c => c.IsDelta).ToList();
        foreach (Uri url in RevocationUrls.FreshestCrl(certificate))
        {
            if (await TryGetAsync(_client, url, issuer, errors, cancellationToken).ConfigureAwait(false) is { } delta)
            {
                deltas.Add(delta.Crl);
            }
        }

        foreach (Uri url in urls)
        {
            if (await TryGetAsync(_client, url, issuer, errors, cancellationToken).ConfigureAwait(false) is not { } crl)
            {
                continue;
            }

            try
            {
                return CrlVerifier.Check(crl.Crl, deltas, certificate, issuer, time, _options.Revocation).ToInfo(RevocationSource.Crl, crl.Der);
            }
            catch (RevocationException e)
            {
                errors.Add($"CRL {url}: {e.Message}");
            }
        }

        return null;
    }

    private async Task<(ParsedCrl Crl, byte[] Der)?> TryGetAsync(CrlClient client, Uri url, X509Certificate2 issuer, List<string> errors, CancellationToken cancellationToken)
    {
        try
        {
            RevocationCacheEntry entry = await _cache.GetOrFetchAsync("crl:" + url.AbsoluteUri, token => FetchAsync(client, url, issuer, token), cancellationToken)
                .ConfigureAwait(false);
            return (entry.GetParsed(CrlParser.Parse), entry.Der);
        }
        catch (RevocationException e)
        {
            errors.Add($"CRL {url}: {e.Message}");
            return null;
        }
    }

    /// <summary>Downloads, parses and checks the issuer and signature, so only genuine CRLs are cached (until their nextUpdate).</summary>
    private async Task<RevocationCacheEntry> FetchAsync(CrlClient client, Uri url, X509Certificate2 issuer, CancellationToken cancellationToken)
    {
        byte[] der = await client.DownloadAsync(url, cancellationToken).ConfigureAwait(false);
        ParsedCrl crl = CrlParser.Parse(der);
        CrlVerifier.VerifyIssuer(crl, issuer);
        return new RevocationCacheEntry(der, Freshness.ExpiresAt(crl.ThisUpdate, crl.NextUpdate, _options.Revocation), crl);
    }
}
