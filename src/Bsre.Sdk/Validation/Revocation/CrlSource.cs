using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>CRL evidence for <see cref="RevocationChecker"/>: embedded or supplied CRLs, and the distribution points (through the cache).</summary>
internal sealed class CrlSource
{
    private readonly SignatureValidationOptions _options;
    private readonly CrlClient? _client;
    private readonly RevocationCache _cache;
    private readonly CryptoConstraints _crypto;

    public CrlSource(SignatureValidationOptions options, HttpClient? httpClient, RevocationCache cache)
    {
        _options = options;
        _crypto = new CryptoConstraints(options.CryptographicPolicy);
        _client = httpClient is null ? null : new CrlClient(httpClient, options.Revocation);
        _cache = cache;
    }

    /// <summary>Parses the embedded CRLs of the certificate's issuer, and indirect CRLs; malformed ones give an error line.</summary>
    public static List<ParsedCrl> ParseEmbedded(IReadOnlyList<byte[]> crls, X509Certificate2 certificate, List<string> errors)
    {
        var parsed = new List<ParsedCrl>();
        foreach (byte[] der in crls.SelectMany(SplitPem))
        {
            try
            {
                ParsedCrl crl = CrlParser.Parse(der);
                if (crl.Scope?.Indirect == true || DistinguishedNames.Equivalent(crl.Issuer, certificate.IssuerName.RawData))
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

    /// <summary>A supplied PEM file may hold several CRLs; DER, or PEM that does not decode, goes to the parser as it is.</summary>
    private static IEnumerable<byte[]> SplitPem(byte[] data)
    {
        try
        {
            return Internal.Pem.DecodeAll(data, "X509 CRL");
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return [data];
        }
    }

    /// <summary>Decides with the embedded base CRLs (newest first, combining partial ones), applying embedded delta CRLs.</summary>
    /// <param name="crls">The embedded CRLs, base and delta.</param>
    /// <param name="certificate">The certificate.</param>
    /// <param name="signers">The certificate's issuer, then other certificates validated for signing its CRLs.</param>
    /// <param name="time">The validation time.</param>
    /// <param name="errors">Receives why each CRL could not be used.</param>
    public RevocationInfo? CheckEmbedded(List<ParsedCrl> crls, X509Certificate2 certificate, IReadOnlyList<X509Certificate2> signers, DateTimeOffset time, List<string> errors)
    {
        var coverage = new CrlCoverage();
        foreach (ParsedCrl crl in crls.Where(c => !c.IsDelta).OrderByDescending(c => c.ThisUpdate))
        {
            try
            {
                if (coverage.Add(Verified(crl, crls, certificate, signers, time), RevocationSource.EmbeddedCrl) is { } decided)
                {
                    return decided;
                }
            }
            catch (RevocationException e)
            {
                errors.Add($"Embedded CRL of '{crl.IssuerName}' (thisUpdate {crl.ThisUpdate:u}): {e.Message}");
            }
        }

        coverage.ReportIncomplete(errors);
        return null;
    }

    /// <summary>Downloads (or takes from the cache) the CRL of each distribution point in turn, plus delta CRLs from freshestCRL.</summary>
    public async Task<RevocationInfo?> CheckOnlineAsync(
        X509Certificate2 certificate, IReadOnlyList<X509Certificate2> signers, DateTimeOffset time, List<ParsedCrl> embedded, List<string> errors, CancellationToken cancellationToken)
    {
        IReadOnlyList<Uri> urls = RevocationUrls.Crl(certificate, point => SignerAtHand(point, signers));
        if (urls.Count == 0 || _client is null)
        {
            errors.Add(urls.Count == 0
                ? "CRL: the certificate names no http CRL distribution point whose CRL issuer is at hand."
                : "CRL: no HttpClient was given, so no CRL was downloaded.");
            return null;
        }

        var deltas = embedded.Where(c => c.IsDelta).ToList();
        foreach (Uri url in RevocationUrls.FreshestCrl(certificate))
        {
            if (await TryGetAsync(_client, url, signers, errors, cancellationToken).ConfigureAwait(false) is { } delta)
            {
                deltas.Add(delta);
            }
        }

        var coverage = new CrlCoverage();
        foreach (Uri url in urls)
        {
            if (await TryGetAsync(_client, url, signers, errors, cancellationToken).ConfigureAwait(false) is not { } crl)
            {
                continue;
            }

            try
            {
                CrlVerification verification = Verified(crl, deltas, certificate, signers, time);
                if (coverage.Add(verification, RevocationSource.Crl) is { } decided)
                {
                    return decided;
                }
            }
            catch (RevocationException e)
            {
                errors.Add($"CRL {url}: {e.Message}");
            }
        }

        coverage.ReportIncomplete(errors);
        return null;
    }

    /// <summary>Whether a distribution point's CRLs may be verified: issued by the certificate issuer, or by a cRLIssuer among the signers.</summary>
    private static bool SignerAtHand(DistributionPoint point, IReadOnlyList<X509Certificate2> signers)
        => point.CrlIssuer is not { } crlIssuers
            || crlIssuers.GetNames().Any(name => name.TagNo == GeneralName.DirectoryName
                && signers.Any(s => DistinguishedNames.Equivalent(X509Name.GetInstance(name.Name).GetDerEncoded(), s.SubjectName.RawData)));

    private async Task<ParsedCrl?> TryGetAsync(CrlClient client, Uri url, IReadOnlyList<X509Certificate2> signers, List<string> errors, CancellationToken cancellationToken)
    {
        try
        {
            RevocationCacheEntry entry = await _cache.GetOrFetchAsync("crl:" + url.AbsoluteUri, token => FetchAsync(client, url, signers, token), cancellationToken)
                .ConfigureAwait(false);
            return entry.GetParsed(CrlParser.Parse);
        }
        catch (RevocationException e)
        {
            errors.Add($"CRL {url}: {e.Message}");
            return null;
        }
    }

    /// <summary>Downloads, parses and checks the issuer and signature, so only genuine CRLs are cached (until their nextUpdate).</summary>
    private async Task<RevocationCacheEntry> FetchAsync(CrlClient client, Uri url, IReadOnlyList<X509Certificate2> signers, CancellationToken cancellationToken)
    {
        byte[] der = await client.DownloadAsync(url, cancellationToken).ConfigureAwait(false);
        ParsedCrl crl = CrlParser.Parse(der);
        CrlVerifier.VerifyIssuer(crl, signers);
        return new RevocationCacheEntry(der, Freshness.ExpiresAt(crl.ThisUpdate, crl.NextUpdate, _options.Revocation), crl);
    }

    /// <summary>Checks the certificate in a CRL (see <see cref="CrlVerifier"/>) whose signatures meet the cryptographic policy.</summary>
    private CrlVerification Verified(ParsedCrl crl, IEnumerable<ParsedCrl> deltas, X509Certificate2 certificate, IReadOnlyList<X509Certificate2> signers, DateTimeOffset time)
    {
        CrlVerification verified = CrlVerifier.Check(crl, deltas, certificate, signers, time, _options.Revocation);
        EvidenceCrypto.Require(_crypto, "CRL", verified.SignatureAlgorithms, verified.Signer, time);
        return verified;
    }
}
