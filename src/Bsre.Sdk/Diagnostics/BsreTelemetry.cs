using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Bsre.Sdk;

/// <summary>
/// The name of the <see cref="ActivitySource"/> and the <see cref="Meter"/> of <c>Bsre.Sdk</c>: CMS signing and
/// validation, revocation fetches and cache lookups, TSA and gateway calls (see docs/telemetry.md for every activity,
/// instrument and tag). With OpenTelemetry: <c>.AddSource(BsreTelemetry.Name)</c> and <c>.AddMeter(BsreTelemetry.Name)</c>.
/// </summary>
public static class BsreTelemetry
{
    /// <summary>The name of the SDK's activity source and meter: <c>Bsre.Sdk</c>.</summary>
    public const string Name = "Bsre.Sdk";

    internal static readonly ActivitySource Source = new(Name, typeof(BsreTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Meter Meter = new(Name, typeof(BsreTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Histogram<double> CadesSignDuration = Meter.CreateHistogram<double>(
        "bsre.cades.sign.duration", "s", "Duration of CMS/CAdES signature creation, key operation and timestamp included.");

    internal static readonly Histogram<double> CadesValidationDuration = Meter.CreateHistogram<double>(
        "bsre.cades.validation.duration", "s", "Duration of CMS/CAdES signature validation.");

    internal static readonly Counter<long> ValidatedSignatures = Meter.CreateCounter<long>(
        "bsre.cades.validation.signatures", "{signature}", "Signatures validated, by indication.");

    internal static readonly Histogram<double> RevocationFetchDuration = Meter.CreateHistogram<double>(
        "bsre.revocation.fetch.duration", "s", "Duration of OCSP and CRL requests.");

    internal static readonly Counter<long> RevocationCacheLookups = Meter.CreateCounter<long>(
        "bsre.revocation.cache.lookups", "{lookup}", "Revocation cache lookups, by result (hit in memory, hit in the distributed cache, miss).");

    internal static readonly Histogram<double> TsaRequestDuration = Meter.CreateHistogram<double>(
        "bsre.tsa.request.duration", "s", "Duration of RFC 3161 timestamp requests.");

    internal static readonly Histogram<double> GatewayRequestDuration = Meter.CreateHistogram<double>(
        "bsre.gateway.request.duration", "s", "Duration of BSrE gateway requests, one per attempt.");
}
