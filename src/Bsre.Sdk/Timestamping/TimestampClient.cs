using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Bsre.Sdk.Diagnostics;
using Bsre.Sdk.Internal;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Tsp;

namespace Bsre.Sdk.Timestamping;

/// <summary>
/// An RFC 3161 timestamp client over HTTP: sends a query with a random nonce, and accepts the
/// reply only when it is granted, signed by a TSA certificate with the critical timeStamping
/// EKU, and echoes the digest and nonce that were sent.
/// </summary>
public sealed class TimestampClient
{
    private static readonly MediaTypeHeaderValue QueryType = new("application/timestamp-query");
    private readonly HttpClient _httpClient;
    private readonly TimestampClientOptions _options;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly string? _policy;

    /// <summary>Creates the client.</summary>
    /// <param name="httpClient">The HTTP client (from <c>IHttpClientFactory</c> in hosted apps).</param>
    /// <param name="options">The TSA URL and request settings.</param>
    public TimestampClient(HttpClient httpClient, TimestampClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Url is null)
        {
            throw new ArgumentException("TimestampClientOptions.Url is required.", nameof(options));
        }

        if (!string.IsNullOrEmpty(options.Url.UserInfo))
        {
            throw new ArgumentException("TimestampClientOptions.Url must not carry credentials; set Username and Password instead.", nameof(options));
        }

        _policy = options.PolicyOid is { } policy ? ObjectIdentifiers.Dotted(policy, "TimestampClientOptions.PolicyOid", nameof(options)) : null;

        _httpClient = httpClient;
        _options = options;
        if (options.Username is not null || options.Password is not null)
        {
            string pair = $"{options.Username}:{options.Password}";
            _authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(pair)));
        }
    }

    /// <summary>Gets the TSA URL.</summary>
    public Uri Url => _options.Url!;

    /// <summary>Timestamps a digest.</summary>
    /// <param name="digest">The digest of the data to timestamp.</param>
    /// <param name="hashAlgorithm">The algorithm that made <paramref name="digest"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The verified token.</returns>
    /// <exception cref="TimestampException">The TSA is unreachable, refused, or answered with an unacceptable token.</exception>
    public async Task<TimestampToken> RequestAsync(ReadOnlyMemory<byte> digest, HashAlgorithmName hashAlgorithm, CancellationToken cancellationToken = default)
    {
        using var telemetry = TelemetryScope.Start(BsreTelemetry.Source, "bsre.tsa.request", BsreTelemetry.TsaRequestDuration, ActivityKind.Client);
        telemetry.SetTag("server.address", Url.Host);
        try
        {
            return await RequestCoreAsync(digest, hashAlgorithm, cancellationToken).ConfigureAwait(false);
        }
        catch (TimestampException e)
        {
            telemetry.Fail(e.ErrorCode.ToString());
            throw;
        }
        catch (OperationCanceledException e)
        {
            telemetry.Fail(e);
            throw;
        }
    }

    private async Task<TimestampToken> RequestCoreAsync(ReadOnlyMemory<byte> digest, HashAlgorithmName hashAlgorithm, CancellationToken cancellationToken)
    {
        var generator = new TimeStampRequestGenerator();
        generator.SetCertReq(true);
        if (_policy is not null)
        {
            generator.SetReqPolicy(new Org.BouncyCastle.Asn1.DerObjectIdentifier(_policy));
        }

        BigInteger? nonce = _options.UseNonce ? new BigInteger(1, RandomNumberGenerator.GetBytes(16)) : null;
        TimeStampRequest request = generator.Generate(HashAlgorithms.ToOid(hashAlgorithm), digest.ToArray(), nonce);
        byte[] reply = await PostAsync(request.GetEncoded(), cancellationToken).ConfigureAwait(false);

        TimeStampResponse response;
        try
        {
            response = new TimeStampResponse(reply);
        }
        catch (Exception e) when (e is TspException or IOException or ArgumentException or InvalidCastException or Org.BouncyCastle.Asn1.Asn1Exception)
        {
            throw new TimestampException(TimestampFailure.InvalidResponse, $"The TSA at {Url} did not answer with an RFC 3161 response.", e);
        }

        if (response.Status is not (0 or 1) || response.TimeStampToken is null)
        {
            throw new TimestampException(TimestampFailure.Rejected, $"The TSA at {Url} refused the request (status {response.Status}: {response.GetStatusString() ?? "no reason given"}).");
        }

        try
        {
            response.Validate(request);
        }
        catch (TspValidationException e)
        {
            throw new TimestampException(TimestampFailure.Mismatch, $"The TSA at {Url} answered a different request: {e.Message}", e);
        }
        catch (TspException e)
        {
            throw new TimestampException(TimestampFailure.InvalidResponse, $"The TSA at {Url} answered with an invalid token: {e.Message}", e);
        }

        try
        {
            TimestampToken token = TimestampToken.Decode(response.TimeStampToken.GetEncoded());
            token.VerifySignature();
            return token;
        }
        catch (DocumentFormatException e)
        {
            throw new TimestampException(TimestampFailure.InvalidResponse, $"The TSA at {Url} answered with an unreadable token: {e.Message}", e);
        }
        catch (TimestampException e)
        {
            throw new TimestampException(e.ErrorCode, $"The TSA at {Url} answered with an unacceptable token: {e.Message}", e);
        }
    }

    private async Task<byte[]> PostAsync(byte[] query, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        using var content = new ByteArrayContent(query);
        content.Headers.ContentType = QueryType;
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = content };
        request.Headers.Authorization = _authorization;
        try
        {
            using HttpResponseMessage response = await _httpClient.SendAsync(request, timeout.Token).ConfigureAwait(false);
            if (response.StatusCode is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden)
            {
                throw new TimestampException(TimestampFailure.Unauthorized, _authorization is null
                    ? $"The TSA at {Url} asks for credentials (HTTP {(int)response.StatusCode}); configure its user name and password."
                    : $"The TSA at {Url} refused its credentials for user '{_options.Username}' (HTTP {(int)response.StatusCode}); check the TSA user name and password.");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new TimestampException(TimestampFailure.ServiceUnavailable, $"The TSA at {Url} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            return await BoundedReader.ReadAsync(response.Content, _options.MaxResponseSize, "TSA response", timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimestampException(TimestampFailure.ServiceUnavailable, $"The TSA at {Url} did not answer within {_options.Timeout.TotalSeconds:0} s.", e);
        }
        catch (HttpRequestException e)
        {
            throw new TimestampException(TimestampFailure.ServiceUnavailable, $"The TSA at {Url} could not be reached: {e.Message}", e);
        }
        catch (DocumentFormatException e)
        {
            throw new TimestampException(TimestampFailure.InvalidResponse, $"The TSA at {Url} answered with an oversized response.", e);
        }
    }
}
