using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bsre.Sdk.Timestamping;

/// <summary>
/// A health check of the RFC 3161 TSA: one timestamp request over the SHA-256 digest of an empty string, its token
/// checked as every token is (granted, signed by a timeStamping certificate, echoing digest and nonce). A TSA has no
/// status endpoint, so each probe costs one token: probe every few minutes, not every second. Register it with
/// <c>services.AddHealthChecks().AddCheck&lt;TimestampAuthorityHealthCheck&gt;("bsre-tsa")</c> after <c>AddBsreTimestampClient</c>.
/// </summary>
public sealed class TimestampAuthorityHealthCheck : IHealthCheck
{
    private readonly TimestampClient _client;

    /// <summary>Creates the check.</summary>
    /// <param name="client">The TSA client.</param>
    public TimestampAuthorityHealthCheck(TimestampClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        long started = Stopwatch.GetTimestamp();
        try
        {
            await _client.RequestAsync(SHA256.HashData(ReadOnlySpan<byte>.Empty), HashAlgorithmName.SHA256, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy(string.Create(
                CultureInfo.InvariantCulture, $"The TSA at {_client.Url} granted a timestamp in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms."));
        }
        catch (TimestampException e)
        {
            return new HealthCheckResult(context?.Registration.FailureStatus ?? HealthStatus.Unhealthy, $"The TSA at {_client.Url} failed: {e.ErrorCode}.", e);
        }
    }
}
