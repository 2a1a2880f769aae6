using System.Net.Mime;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Http;
using BcX509Certificate = Org.BouncyCastle.X509.X509Certificate;

namespace Bsre.Sdk.Testing;

/// <summary>
/// An RFC 3161 time-stamp authority over real HTTP (Kestrel on 127.0.0.1, random port) for tests and demos.
/// POST a DER TimeStampReq with content type <c>application/timestamp-query</c> to <see cref="Url"/>; the reply is a
/// DER TimeStampResp (<c>application/timestamp-reply</c>). Accepts SHA-256/384/512 imprints, echoes the nonce, uses
/// policy <see cref="DefaultPolicyOid"/>, increasing serial numbers, ESS signing-certificate-v2 and, when certReq is
/// set, embeds the TSA certificate and the chain. <see cref="Behavior"/> makes it misbehave for negative tests.
/// </summary>
public sealed class TimestampAuthorityServer : IAsyncDisposable
{
    /// <summary>The dotted value of the TSA policy (under the 2.999 example arc) written into every TSTInfo by default.</summary>
    public const string DefaultPolicyOid = "2.999.3161.1";

    /// <summary>The path the TSA answers on.</summary>
    public const string Path = "/tsa";

    private const string QueryContentType = "application/timestamp-query";
    private const string ReplyContentType = "application/timestamp-reply";

    private readonly TimestampResponder _responder;
    private readonly TimeSpan _slowDelay;
    private LoopbackHttpServer? _server;
    private volatile TimestampAuthorityBehavior _behavior;
    private int _requestCount;

    private TimestampAuthorityServer(TimestampResponder responder, TimestampAuthorityOptions options)
    {
        _responder = responder;
        _slowDelay = options.SlowDelay;
        _behavior = options.Behavior;
    }

    /// <summary>The TSA endpoint, e.g. <c>http://127.0.0.1:41234/tsa</c>.</summary>
    public Uri Url => new(Server.BaseUrl, Path.TrimStart('/'));

    /// <summary>Number of requests received on <see cref="Path"/> so far (whatever their outcome).</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>How the next requests are answered; may be changed while the server runs.</summary>
    public TimestampAuthorityBehavior Behavior
    {
        get => _behavior;
        set => _behavior = value;
    }

    private LoopbackHttpServer Server => _server ?? throw new InvalidOperationException("The server is not running.");

    /// <summary>Starts a TSA signing with <paramref name="tsa"/>.</summary>
    /// <param name="tsa">The time-stamping identity, normally <see cref="TestPki.Tsa"/>.</param>
    /// <param name="chain">Issuer certificates embedded next to the TSA certificate, normally <see cref="TestPki.Chain"/>.</param>
    /// <param name="behavior">The initial <see cref="Behavior"/>.</param>
    /// <param name="cancellationToken">Cancels the start-up.</param>
    public static Task<TimestampAuthorityServer> StartAsync(
        TestIdentity tsa,
        IEnumerable<X509Certificate2> chain,
        TimestampAuthorityBehavior behavior = TimestampAuthorityBehavior.Normal,
        CancellationToken cancellationToken = default) =>
        StartAsync(tsa, chain, new TimestampAuthorityOptions { Behavior = behavior }, cancellationToken);

    /// <summary>Starts a TSA signing with <paramref name="tsa"/>, with full options.</summary>
    /// <param name="tsa">The time-stamping identity, normally <see cref="TestPki.Tsa"/>.</param>
    /// <param name="chain">Issuer certificates embedded next to the TSA certificate, normally <see cref="TestPki.Chain"/>.</param>
    /// <param name="options">Behavior, clock, policy and the signer used by <see cref="TimestampAuthorityBehavior.NotTsaCertificate"/>.</param>
    /// <param name="cancellationToken">Cancels the start-up.</param>
    public static async Task<TimestampAuthorityServer> StartAsync(
        TestIdentity tsa,
        IEnumerable<X509Certificate2> chain,
        TimestampAuthorityOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tsa);
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(options);

        BcX509Certificate[] chainCertificates = chain.Select(c => new BcX509Certificate(c.RawData)).ToArray();
        TestIdentity notTsa = options.NotTsaSigner ?? CreateSelfSignedSigner(options.TimeProvider.GetUtcNow());
        var responder = new TimestampResponder(tsa, notTsa, chainCertificates, options.TimeProvider, options.PolicyOid.Value ?? throw new ArgumentException("TimestampAuthorityOptions.PolicyOid has no dotted value.", nameof(options)), options.AcceptSha1Imprint);
        var authority = new TimestampAuthorityServer(responder, options);
        authority._server = await LoopbackHttpServer.StartAsync(authority.HandleAsync, cancellationToken).ConfigureAwait(false);
        return authority;
    }

    /// <summary>Stops the server; pending <see cref="TimestampAuthorityBehavior.Slow"/> requests are abandoned.</summary>
    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static TestIdentity CreateSelfSignedSigner(DateTimeOffset now)
    {
        var keys = KeyPairs.Generate(TestKeyAlgorithm.Rsa2048);
        BcX509Certificate certificate = CertificateFactory.CreateSelfSignedEndEntity(
            "CN=Not A Timestamp Authority (TEST), O=Kementerian Contoh, C=ID", keys, now.AddDays(-1), now.AddYears(1));
        return new TestIdentity("not-tsa", TestKeyAlgorithm.Rsa2048, certificate, keys.Private, []);
    }

    private async Task HandleAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        HttpResponse response = context.Response;
        if (!string.Equals(request.Path.Value, Path, StringComparison.Ordinal))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Interlocked.Increment(ref _requestCount);
        if (!HttpMethods.IsPost(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "POST";
            return;
        }

        if (request.ContentType is null
            || !request.ContentType.StartsWith(QueryContentType, StringComparison.OrdinalIgnoreCase))
        {
            response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, Server.Stopping);
        byte[] body;
        using (var buffer = new MemoryStream())
        {
            await request.Body.CopyToAsync(buffer, cancellation.Token).ConfigureAwait(false);
            body = buffer.ToArray();
        }

        TimestampAuthorityBehavior behavior = Behavior;
        byte[] reply;
        switch (behavior)
        {
            case TimestampAuthorityBehavior.HtmlError:
                response.StatusCode = StatusCodes.Status500InternalServerError;
                response.ContentType = MediaTypeNames.Text.Html + "; charset=utf-8";
                await response.WriteAsync(
                    "<!DOCTYPE html><html><body><h1>500 Internal Server Error</h1><p>Test TSA (behavior HtmlError).</p></body></html>",
                    Encoding.UTF8,
                    cancellation.Token).ConfigureAwait(false);
                return;

            case TimestampAuthorityBehavior.Garbage:
                reply = RandomNumberGenerator.GetBytes(512);
                break;

            case TimestampAuthorityBehavior.Slow:
                try
                {
                    await Task.Delay(_slowDelay, cancellation.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up or the server is stopping: drop the connection rather than answer.
                    context.Abort();
                    return;
                }

                reply = _responder.Respond(body, TimestampAuthorityBehavior.Normal);
                break;

            default:
                reply = _responder.Respond(body, behavior);
                break;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ReplyContentType;
        response.ContentLength = reply.Length;
        await response.Body.WriteAsync(reply, cancellation.Token).ConfigureAwait(false);
    }
}
