using Bsre.Sdk.TestUtils;
using Microsoft.AspNetCore.Http;

namespace Bsre.Sdk.Pdf.Tests.Infrastructure;

/// <summary>The HTTP side of the test PKI: OCSP at /ocsp (POST or GET), CRLs at /crl/*.crl, CA certificates at /certs/*.cer.</summary>
internal sealed class PkiServices
{
    private volatile TestPki? _pki;

    public int OcspRequests;

    public TestPki Pki
    {
        get => _pki ?? throw new InvalidOperationException("PKI not set.");
        set => _pki = value;
    }

    public async Task HandleAsync(HttpContext context)
    {
        string path = context.Request.Path.Value ?? string.Empty;
        (string type, byte[]? body) = path switch
        {
            "/crl/intermediate.crl" => ("application/pkix-crl", Pki.IntermediateCrl),
            "/crl/root.crl" => ("application/pkix-crl", Pki.RootCrl),
            "/certs/intermediate.cer" => ("application/pkix-cert", Pki.Intermediate.Certificate.RawData),
            _ when path.StartsWith("/ocsp", StringComparison.Ordinal) => ("application/ocsp-response", await OcspAsync(context).ConfigureAwait(false)),
            _ => ("text/plain", null),
        };
        if (body is null)
        {
            context.Response.StatusCode = 404;
            return;
        }

        // NSS (pdfsig) intermittently fails a second OCSP check over a kept-alive connection
        context.Response.Headers.Connection = "close";
        context.Response.ContentType = type;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body).ConfigureAwait(false);
    }

    private async Task<byte[]> OcspAsync(HttpContext context)
    {
        Interlocked.Increment(ref OcspRequests);
        byte[] request;
        if (HttpMethods.IsPost(context.Request.Method))
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer).ConfigureAwait(false);
            request = buffer.ToArray();
        }
        else
        {
            string encoded = Uri.UnescapeDataString(context.Request.Path.Value!["/ocsp/".Length..]);
            request = Convert.FromBase64String(encoded);
        }

        return new OcspResponder(Pki).Respond(request);
    }
}
