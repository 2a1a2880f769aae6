using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Bsre.Sdk.Testing.Revocation;

/// <summary>
/// OCSP responder, CRL distribution point and caIssuers emulator on 127.0.0.1 (Kestrel, via <see cref="LoopbackHttpServer"/>),
/// laid out like <see cref="TestPkiUrls"/>: <c>POST {base}ocsp</c> and <c>GET {base}ocsp/{url-encoded base64}</c> go to
/// <see cref="OcspHandler"/>; <c>GET {base}crl/NAME</c> serves the bytes given to <see cref="SetCrl"/>, <c>GET
/// {base}certs/NAME</c> those given to <see cref="SetCertificate"/>. Counts requests, can delay answers
/// (<see cref="Delay"/>) or fail them (<see cref="StatusCode"/>). Create the <see cref="TestPki"/> with
/// <see cref="BaseUrl"/> as its service base URL. TEST ONLY.
/// </summary>
public sealed class RevocationServer : IAsyncDisposable
{
    private const string CrlPrefix = "/crl/";
    private const string CertificatePrefix = "/certs/";
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private LoopbackHttpServer? _server;
    private int _ocspRequests;
    private int _crlRequests;

    private RevocationServer()
    {
    }

    /// <summary>Gets the base URL, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl => _server!.BaseUrl;

    /// <summary>Gets or sets the OCSP handler: DER request in, DER response out. Unset answers HTTP 503.</summary>
    public Func<byte[], Task<byte[]>>? OcspHandler { get; set; }

    /// <summary>Gets or sets a delay before every answer (for timeout tests).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Gets or sets an HTTP status returned instead of every answer.</summary>
    public int? StatusCode { get; set; }

    /// <summary>Gets the number of OCSP requests received.</summary>
    public int OcspRequests => Volatile.Read(ref _ocspRequests);

    /// <summary>Gets the number of CRL requests received.</summary>
    public int CrlRequests => Volatile.Read(ref _crlRequests);

    /// <summary>Gets the HTTP method of the last OCSP request.</summary>
    public string? LastOcspMethod { get; private set; }

    /// <summary>Starts the server on a free loopback port.</summary>
    /// <param name="cancellationToken">Cancels the start-up.</param>
    public static async Task<RevocationServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var server = new RevocationServer();
        server._server = await LoopbackHttpServer.StartAsync(server.HandleAsync, cancellationToken).ConfigureAwait(false);
        return server;
    }

    /// <summary>Serves <paramref name="der"/> at <c>{base}crl/{name}</c> (e.g. <c>intermediate.crl</c>); <see langword="null"/> removes it.</summary>
    public void SetCrl(string name, byte[]? der) => SetFile(CrlPrefix + name, der);

    /// <summary>Serves <paramref name="der"/> at <c>{base}certs/{name}</c> (caIssuers, e.g. <c>intermediate.cer</c>); <see langword="null"/> removes it.</summary>
    public void SetCertificate(string name, byte[]? der) => SetFile(CertificatePrefix + name, der);

    /// <summary>Resets counters, delay, status override and handler.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref _ocspRequests, 0);
        Interlocked.Exchange(ref _crlRequests, 0);
        Delay = TimeSpan.Zero;
        StatusCode = null;
        LastOcspMethod = null;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task HandleAsync(HttpContext context)
    {
        string path = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        bool ocsp = path.StartsWith("/ocsp", StringComparison.Ordinal);
        bool certificate = path.StartsWith(CertificatePrefix, StringComparison.Ordinal);
        if (!certificate)
        {
            Interlocked.Increment(ref ocsp ? ref _ocspRequests : ref _crlRequests);
        }

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, _server!.Stopping).ConfigureAwait(false);
        }

        if (StatusCode is { } status)
        {
            context.Response.StatusCode = status;
            return;
        }

        byte[]? body = ocsp ? await OcspAsync(context, path).ConfigureAwait(false) : _files.GetValueOrDefault(path);
        if (body is null)
        {
            context.Response.StatusCode = ocsp ? 503 : 404;
            return;
        }

        context.Response.ContentType = ocsp ? "application/ocsp-response" : certificate ? "application/pkix-cert" : "application/pkix-crl";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task<byte[]?> OcspAsync(HttpContext context, string path)
    {
        LastOcspMethod = context.Request.Method;
        byte[] request;
        if (HttpMethods.IsPost(context.Request.Method))
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            request = buffer.ToArray();
        }
        else
        {
            request = Convert.FromBase64String(Uri.UnescapeDataString(path["/ocsp/".Length..]));
        }

        return OcspHandler is { } handler ? await handler(request).ConfigureAwait(false) : null;
    }

    private void SetFile(string path, byte[]? der)
    {
        if (der is null)
        {
            _files.TryRemove(path, out _);
        }
        else
        {
            _files[path] = der;
        }
    }
}
