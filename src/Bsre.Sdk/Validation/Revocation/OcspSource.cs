using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>OCSP evidence for <see cref="RevocationChecker"/>: embedded or supplied responses, and the AIA responder (through the cache).</summary>
internal sealed class OcspSource
{
    private readonly SignatureValidationOptions _options;
    private readonly OcspClient? _client;
    private readonly RevocationCache _cache;
    private readonly CryptoConstraints _crypto;
    private readonly TimeProvider _clock;

    public OcspSource(SignatureValidationOptions options, HttpClient? httpClient, RevocationCache cache, TimeProvider clock)
    {
        _clock = clock;
        _options = options;
        _crypto = new CryptoConstraints(options.CryptographicPolicy);
        _client = httpClient is null ? null : new OcspClient(httpClient, options.Revocation);
        _cache = cache;
    }

    /// <summary>Finds the first usable embedded response about the certificate; responses about other certificates are skipped.</summary>
    /// <returns>Good or Revoked evidence; Unknown when the only usable answers say unknown; <see langword="null"/> when none is usable.</returns>
    public RevocationInfo? CheckEmbedded(IReadOnlyList<byte[]> responses, X509Certificate2 certificate, X509Certificate2 issuer, DateTimeOffset time, List<string> errors)
    {
        RevocationInfo? unknown = null;
        foreach (byte[] response in responses)
        {
            try
            {
                RevocationInfo info = Verified(response, certificate, issuer, time).ToInfo(RevocationSource.EmbeddedOcsp, response);
                if (info.Status != RevocationStatus.Unknown)
                {
                    return info;
                }

                unknown ??= info;
            }
            catch (RevocationException e) when (e.Failure == RevocationFailure.NotForCertificate)
            {
                // About another certificate of the signature: not an error.
            }
            catch (RevocationException e)
            {
                errors.Add($"Embedded OCSP response: {e.Message}");
            }
        }

        return unknown;
    }

    /// <summary>Asks the certificate's OCSP responders in turn (each answer verified, fetched once per CertID while fresh).</summary>
    public async Task<RevocationInfo?> CheckOnlineAsync(X509Certificate2 certificate, X509Certificate2 issuer, DateTimeOffset time, List<string> errors, CancellationToken cancellationToken)
    {
        IReadOnlyList<Uri> urls = RevocationUrls.Ocsp(certificate);
        if (urls.Count == 0 || _client is null)
        {
            errors.Add(urls.Count == 0 ? "OCSP: the certificate names no http OCSP responder." : "OCSP: no HttpClient was given, so the responder was not asked.");
            return null;
        }

        string key = OcspCertId.CacheKey(certificate, issuer);
        foreach (Uri url in urls)
        {
            try
            {
                RevocationCacheEntry entry = await _cache.GetOrFetchAsync(key, token => FetchAsync(_client, url, certificate, issuer, token), cancellationToken)
                    .ConfigureAwait(false);
                return Verified(entry.Der, certificate, issuer, time).ToInfo(RevocationSource.Ocsp, entry.Der);
            }
            catch (RevocationException e)
            {
                errors.Add($"OCSP {url}: {e.Message}");
            }
        }

        return null;
    }

    /// <summary>Verifies a response (see <see cref="OcspResponseVerifier"/>) and its signature against the cryptographic policy.</summary>
    private OcspVerification Verified(byte[] response, X509Certificate2 certificate, X509Certificate2 issuer, DateTimeOffset time)
    {
        OcspVerification verified = OcspResponseVerifier.Verify(response, certificate, issuer, time, _options.Revocation);
        EvidenceCrypto.Require(_crypto, "OCSP response", [verified.SignatureAlgorithm], verified.Signer, time);
        return verified;
    }

    /// <summary>Sends a request and verifies the answer now (nonce included), so only good data is cached.</summary>
    private async Task<RevocationCacheEntry> FetchAsync(OcspClient client, Uri url, X509Certificate2 certificate, X509Certificate2 issuer, CancellationToken cancellationToken)
    {
        RevocationOptions options = _options.Revocation;
        OcspRequest request = OcspRequest.Create(OcspCertId.Create(certificate, issuer), options.UseNonce);
        byte[] response = await client.SendAsync(url, request, cancellationToken).ConfigureAwait(false);
        OcspVerification verified = OcspResponseVerifier.Verify(response, certificate, issuer, _clock.GetUtcNow(), options, request.NonceValue);
        return new RevocationCacheEntry(response, Freshness.ExpiresAt(verified.ThisUpdate, verified.NextUpdate, options));
    }
}
