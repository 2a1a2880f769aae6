using Bsre.Sdk;
using Bsre.Sdk.Pdf;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds Bsre.Sdk.Pdf's checks to the BSrE gateway client registered by <c>AddBsreClient</c>.</summary>
public static class BsrePdfServiceCollectionExtensions
{
    /// <summary>
    /// Makes the registered <see cref="BsreClient"/> check every PDF before sending it and, when
    /// <see cref="PdfGatewayCheckOptions.Validation"/> is set, validate every PDF it returns (<see cref="PdfGatewayChecker"/>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the checks; pre-flight only when <see langword="null"/>.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddBsrePdfChecks(this IServiceCollection services, Action<PdfGatewayCheckOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PdfGatewayCheckOptions>().Configure(options => configure?.Invoke(options));
        services.AddOptions<BsreClientOptions>().PostConfigure<IOptions<PdfGatewayCheckOptions>>((client, checks) => client.DocumentChecker ??= new PdfGatewayChecker(checks.Value));
        return services;
    }
}
