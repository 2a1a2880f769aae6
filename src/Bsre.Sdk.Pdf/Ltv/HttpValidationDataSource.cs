using System.Net.Http.Headers;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Ocsp;
using Org.BouncyCastle.X509;
using Org.BouncyCastle.X509.Extension;

namespace Bsre.Sdk.Pdf.Ltv;

/// <summary>Plain HTTP OCSP (POST, RFC 6960) and CRL (GET) fetching from the URLs in the certificates.</summary>
internal sealed class HttpValidationDataSource(HttpClient http, TimeSpan timeout) : IValidationDataSource
{
    private const int MaxResponseSize = 16 << 20;
    private static readonly Lazy<HttpClient> Shared = new(() => new HttpClient());

    public static HttpValidationDataSource For(PdfLtvOptions options) => new(options.HttpClient ?? Shared.Value, options.Timeout);

    public async Task<byte[]?> GetOcspResponseAsync(X509Certificate certificate, X509Certificate issuer, CancellationToken cancellationToken)
    {
        foreach (Uri url in Urls(certificate, X509Extensions.AuthorityInfoAccess))
        {
            var generator = new OcspReqGenerator();
            generator.AddRequest(new CertificateID(CertificateID.DigestSha1, issuer, certificate.SerialNumber));
            using var content = new ByteArrayContent(generator.Generate().GetEncoded());
            content.Headers.ContentType = new MediaTypeHeaderValue("application/ocsp-request");
            byte[]? body = await SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = content }, cancellationToken).ConfigureAwait(false);
            if (body is not null && IsSuccessful(body))
            {
                return body;
            }
        }

        return null;
    }

    public async Task<byte[]?> GetCrlAsync(X509Certificate certificate, CancellationToken cancellationToken)
    {
        foreach (Uri url in Urls(certificate, X509Extensions.CrlDistributionPoints))
        {
            byte[]? body = await SendAsync(new HttpRequestMessage(HttpMethod.Get, url), cancellationToken).ConfigureAwait(false);
            if (body is not null && body.Length > 0 && body[0] == 0x30)
            {
                return body;
            }
        }

        return null;
    }

    private static bool IsSuccessful(byte[] body)
    {
        try
        {
            return new OcspResp(body).Status == OcspRespStatus.Successful;
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidCastException)
        {
            return false;
        }
    }

    /// <summary>Lists the HTTP URLs of the AIA OCSP entries or the CRL distribution points.</summary>
    public static IEnumerable<Uri> Urls(X509Certificate certificate, DerObjectIdentifier extension)
    {
        Asn1OctetString? value = certificate.GetExtensionValue(extension);
        if (value is null)
        {
            yield break;
        }

        Asn1Object parsed = X509ExtensionUtilities.FromExtensionValue(value);
        IEnumerable<GeneralName> names = extension.Equals(X509Extensions.AuthorityInfoAccess)
            ? AuthorityInformationAccess.GetInstance(parsed).GetAccessDescriptions()
                .Where(d => d.AccessMethod.Equals(AccessDescription.IdADOcsp)).Select(d => d.AccessLocation)
            : CrlDistPoint.GetInstance(parsed).GetDistributionPoints()
                .Select(d => d.DistributionPointName).Where(n => n?.Type == DistributionPointName.FullName)
                .SelectMany(n => GeneralNames.GetInstance(n.Name).GetNames());
        foreach (GeneralName name in names.Where(n => n.TagNo == GeneralName.UniformResourceIdentifier))
        {
            if (Uri.TryCreate(name.Name.ToString(), UriKind.Absolute, out Uri? url) && url.Scheme is "http" or "https")
            {
                yield return url;
            }
        }
    }

    private async Task<byte[]?> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            try
            {
                using HttpResponseMessage response = await http.SendAsync(request, limit.Token).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > MaxResponseSize)
                {
                    return null;
                }

                return await response.Content.ReadAsByteArrayAsync(limit.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException && !cancellationToken.IsCancellationRequested)
            {
                return null;
            }
        }
    }
}
