using System.Diagnostics;
using System.Globalization;
using Bsre.Sdk.Client;
using Bsre.Sdk.Client.Internal;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bsre.Sdk;

/// <summary>
/// A health check of the BSrE gateway: one certificate-status call (<c>POST /api/v2/user/check/status</c>, the call
/// integrators use as a gateway probe) for a probe signer. Healthy when the gateway answers with its credentials
/// accepted, even "not registered"; unhealthy when it is unreachable, times out, refuses the credentials or answers
/// something unusable. Register it with <c>services.AddHealthChecks().AddCheck&lt;BsreGatewayHealthCheck&gt;("bsre-gateway")</c>
/// after <c>AddBsreClient</c>.
/// </summary>
public sealed class BsreGatewayHealthCheck : IHealthCheck
{
    /// <summary>The NIK probed by default: sixteen zeros, which no person holds; the gateway answers "not registered".</summary>
    public const string DefaultProbeNik = "0000000000000000";

    private readonly BsreClient _client;
    private readonly SignerId _probe;

    /// <summary>Creates the check.</summary>
    /// <param name="client">The gateway client.</param>
    /// <param name="probe">The signer whose status is read; <see langword="null"/> uses <see cref="DefaultProbeNik"/>. It never appears in the result.</param>
    public BsreGatewayHealthCheck(BsreClient client, SignerId? probe = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _probe = probe ?? SignerId.FromNik(DefaultProbeNik);
    }

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        long started = Stopwatch.GetTimestamp();
        try
        {
            await _client.GetUserStatusAsync(_probe, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy(Answered(started));
        }
        catch (BsreException e) when (ErrorCodes.IsCallerMistake(e.ErrorCode) || e.ErrorCode == BsreErrorCode.NotFound)
        {
            return HealthCheckResult.Healthy(Answered(started) + $" ({e.ErrorCode} for the probe signer)");
        }
        catch (BsreException e)
        {
            return new HealthCheckResult(context?.Registration.FailureStatus ?? HealthStatus.Unhealthy, $"The BSrE gateway at {_client.BaseAddress} failed: {e.ErrorCode}.", e);
        }
    }

    private string Answered(long started) => string.Create(
        CultureInfo.InvariantCulture, $"The BSrE gateway at {_client.BaseAddress} answered in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
}
