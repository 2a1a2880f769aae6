using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Bsre.Sdk.Client.Internal;
using Bsre.Sdk.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bsre.Sdk;

/// <summary>
/// A client of a BSrE "Esign Client Service" gateway: API v1 (multipart), API v2 (JSON, TOTP, several files) and the
/// electronic seal. Register it with <c>services.AddBsreClient(...)</c>, or build it over an <see cref="HttpClient"/>.
/// </summary>
/// <remarks>
/// Every failure is a <see cref="BsreException"/>. Sign and seal calls are sent exactly once; status, verify, download
/// and certificate-chain calls are retried after transient failures (<see cref="BsreClientOptions.MaxRetries"/>).
/// Passphrases, TOTPs and NIKs never reach logs or exception messages. Documents are streamed into requests.
/// </remarks>
public partial class BsreClient
{
    private static readonly ConcurrentDictionary<string, byte> InsecureHostsWarned = new(StringComparer.OrdinalIgnoreCase);
    private readonly HttpClient _httpClient = null!;
    private readonly BsreClientOptions _options = null!;
    private readonly ILogger _logger = NullLogger.Instance;
    private readonly AuthenticationHeaderValue _authorization = null!;
    private readonly Uri _baseAddress = null!;

    /// <summary>Creates the client.</summary>
    /// <param name="httpClient">The HTTP client (from <c>IHttpClientFactory</c> in hosted apps); its Timeout should be infinite, the options' timeouts apply.</param>
    /// <param name="options">The gateway address, credentials and timeouts.</param>
    /// <param name="loggerFactory">Creates the logger (event ids 1000-1999), or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">The options are invalid (e.g. credentials over plain HTTP without AllowInsecureHttp).</exception>
    public BsreClient(HttpClient httpClient, BsreClientOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        BsreClientOptionsCustomValidator.ThrowIfInvalid(options);
        _httpClient = httpClient;
        _options = options;
        _baseAddress = WithTrailingSlash(options.BaseAddress!);
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<BsreClient>();
        _authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}")));
        if (options.BaseAddress!.Scheme == Uri.UriSchemeHttp && InsecureHostsWarned.TryAdd(options.BaseAddress.Authority, 0))
        {
            Log.InsecureHttp(_logger, options.BaseAddress.Authority);
        }
    }

    /// <summary>Creates a client for mocking; its methods throw unless overridden.</summary>
    protected BsreClient()
    {
    }

    /// <summary>Gets the gateway's base address, ending in <c>/</c>: the API paths are resolved below it.</summary>
    public virtual Uri BaseAddress => _baseAddress;

    private delegate Task<T> ResponseReader<T>(HttpResponseMessage response, ResponseContext context, CancellationToken cancellationToken);

    private static string NewRequestId() => Guid.NewGuid().ToString("N");

    /// <summary>
    /// A base address names a folder: <c>https://host/esign</c> means <c>https://host/esign/</c>. Without the slash,
    /// RFC 3986 §5.2.3 resolution would drop <c>esign</c> and sign at <c>https://host/api/sign/pdf</c>.
    /// </summary>
    private static Uri WithTrailingSlash(Uri url) => url.AbsolutePath.EndsWith('/') ? url : new UriBuilder(url) { Path = url.AbsolutePath + "/" }.Uri;

    private Uri Url(string path) => new(_baseAddress, path);

    private async Task<T> SendAsync<T>(GatewayCall call, Func<HttpRequestMessage> createRequest, ResponseReader<T> read, CancellationToken cancellationToken)
    {
        if (_httpClient is null)
        {
            throw new InvalidOperationException("This BsreClient was created for mocking; override the method instead.");
        }

        int maxAttempts = call.Idempotent && !call.Signs ? 1 + _options.MaxRetries : 1;
        for (int attempt = 1; ; attempt++)
        {
            string requestId = NewRequestId();
            try
            {
                return await SendOnceAsync(call, createRequest, read, requestId, attempt, cancellationToken).ConfigureAwait(false);
            }
            catch (BsreException e) when (e.IsTransient && attempt < maxAttempts)
            {
                TimeSpan delay = _options.RetryDelay * Math.Pow(2, attempt - 1);
                Log.RequestRetrying(_logger, call.Operation, requestId, e.ErrorCode, (long)delay.TotalMilliseconds, attempt + 1, maxAttempts);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<T> SendOnceAsync<T>(GatewayCall call, Func<HttpRequestMessage> createRequest, ResponseReader<T> read, string requestId, int attempt, CancellationToken cancellationToken)
    {
        TimeSpan timeout = call.Signs ? _options.SigningTimeout : _options.Timeout;
        using var telemetry = TelemetryScope.Start(BsreTelemetry.Source, "bsre.gateway.request", BsreTelemetry.GatewayRequestDuration, ActivityKind.Client);
        telemetry.SetTag("bsre.gateway.operation", call.Operation);
        telemetry.SetTag("server.address", _baseAddress.Host);
        telemetry.SetActivityTag("bsre.request_id", requestId);
        telemetry.SetActivityTag("http.request.resend_count", attempt - 1);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        long started = Stopwatch.GetTimestamp();
        var context = new ResponseContext(call, requestId, null, _options.MaxResponseSize, null);
        HttpResponseMessage? response = null;
        try
        {
            using HttpRequestMessage request = createRequest();
            context = new ResponseContext(call, requestId, null, _options.MaxResponseSize, request.RequestUri);
            request.Headers.Authorization = _authorization;
            request.Headers.Accept.ParseAdd("application/json");
            request.Headers.Accept.ParseAdd("application/pdf");
            request.Headers.TryAddWithoutValidation("X-Request-Id", requestId);
            Log.RequestStarting(_logger, call.Operation, requestId, attempt);
            response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token).ConfigureAwait(false);
            string effectiveId = response.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.FirstOrDefault() ?? requestId : requestId;
            context = new ResponseContext(call, effectiveId, (int)response.StatusCode, _options.MaxResponseSize, request.RequestUri);
            telemetry.SetTag("http.response.status_code", (int)response.StatusCode);
            string? mediaType = response.Content.Headers.ContentType?.MediaType;
            long elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Log.RequestCompleted(_logger, call.Operation, effectiveId, (int)response.StatusCode, mediaType, elapsedMs);
            return await read(response, context, timeoutSource.Token).ConfigureAwait(false);
        }
        catch (BsreException e)
        {
            throw Logged(call, e, telemetry);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            string description = $"no answer within {timeout.TotalSeconds:0} s"
                + (call.Signs ? "; the gateway may still have signed, so verify or download before signing again" : string.Empty);
            throw Logged(call, context.Fail(BsreErrorCode.Timeout, description, innerException: e), telemetry);
        }
        catch (OperationCanceledException e)
        {
            telemetry.Fail(e);
            throw;
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            string description = ConnectionFailure(e, context)
                + (call.Signs && response is not null ? "; it may still have signed, so verify before signing again" : string.Empty);
            throw Logged(call, context.Fail(BsreErrorCode.ServiceUnavailable, description, innerException: e), telemetry);
        }
        finally
        {
            if (!context.ResponseOwned)
            {
                response?.Dispose();
            }
        }
    }

    /// <summary>Says what failed at which URL: a TLS handshake (the certificate) or the connection itself.</summary>
    private static string ConnectionFailure(Exception exception, ResponseContext context)
    {
        string url = context.ShownUrl;
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is System.Security.Authentication.AuthenticationException tls)
            {
                return $"the TLS handshake with {url} failed ({context.Call.Redactor.Scrub(tls.Message)}); check that this machine trusts the gateway's certificate and that it names the host";
            }
        }

        return $"the gateway at {url} could not be reached or dropped the connection ({context.Call.Redactor.Scrub(exception.Message)})";
    }

    private BsreException Logged(GatewayCall call, BsreException exception, TelemetryScope telemetry)
    {
        telemetry.Fail(exception.ErrorCode.ToString());
        LogLevel level = ErrorCodes.IsCallerMistake(exception.ErrorCode) ? LogLevel.Warning : LogLevel.Error;
        Log.RequestFailed(_logger, level, call.Operation, exception.RequestId ?? "-", exception.ErrorCode, exception.Status, exception.IsTransient, exception.Message);
        return exception;
    }
}
