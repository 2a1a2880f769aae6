using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Bsre.Sdk.Pdf;

/// <summary>
/// The name of the <see cref="ActivitySource"/> and the <see cref="Meter"/> of <c>Bsre.Sdk.Pdf</c>: PDF signing,
/// document timestamps, B-LT/B-LTA extension and PDF validation (see docs/telemetry.md). The CMS, TSA and revocation
/// work beneath them is reported by <see cref="BsreTelemetry.Name"/>. With OpenTelemetry:
/// <c>.AddSource(BsreTelemetry.Name, BsrePdfTelemetry.Name)</c> and <c>.AddMeter(BsreTelemetry.Name, BsrePdfTelemetry.Name)</c>.
/// </summary>
public static class BsrePdfTelemetry
{
    /// <summary>The name of the PDF package's activity source and meter: <c>Bsre.Sdk.Pdf</c>.</summary>
    public const string Name = "Bsre.Sdk.Pdf";

    internal static readonly ActivitySource Source = new(Name, typeof(BsrePdfTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Meter Meter = new(Name, typeof(BsrePdfTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Histogram<double> SigningDuration = Meter.CreateHistogram<double>(
        "bsre.pdf.signing.duration", "s", "Duration of PDF signing, document timestamping and B-LT/B-LTA extension, by operation.");

    internal static readonly Histogram<double> ValidationDuration = Meter.CreateHistogram<double>(
        "bsre.pdf.validation.duration", "s", "Duration of PDF validation.");

    internal static readonly Counter<long> ValidatedSignatures = Meter.CreateCounter<long>(
        "bsre.pdf.validation.signatures", "{signature}", "PDF signatures and document timestamps validated, by indication.");
}
